using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>What a live call needs of its scenario: the rules' view of it (record fields, clips)
/// and the clips' audio as 8 kHz mono samples.</summary>
public sealed record CallScenario(string Id, string Version, CallScript Script, IReadOnlyDictionary<string, short[]> ClipSamples);

/// <summary>Finds the exact scenario version a call was scheduled with.</summary>
public interface ICallScenarios
{
    CallScenario? Find(string scenarioId, string version);
}
