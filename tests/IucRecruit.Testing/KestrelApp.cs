using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Testing;

/// <summary>The app on a real loopback port (a browser cannot reach the in-memory test server).</summary>
public sealed class KestrelApp : RecruitmentApp
{
    public KestrelApp() => UseKestrel(0);

    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }
}
