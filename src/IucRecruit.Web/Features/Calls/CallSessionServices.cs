using IucRecruit.Data.MockCalls;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>What every call session uses, gathered so that sessions stay cheap to create.</summary>
public sealed record CallSessionServices(
    CallEventStore Store,
    ICallScenarios Scenarios,
    IHubContext<CallHub> Hub,
    TimeProvider Clock,
    CallOptions Options,
    CallRelayMetrics Metrics,
    string RecordingsFolder,
    ILogger Log);
