using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Testing;

/// <summary>The app on a real loopback port (a browser cannot reach the in-memory test server).</summary>
public class KestrelApp : RecruitmentApp
{
    public KestrelApp() => UseKestrel(0);

    /// <summary>Real browsers play real audio in real time.</summary>
    protected override bool ClockRuns => true;

    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }
}
