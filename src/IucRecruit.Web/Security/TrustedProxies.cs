using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace IucRecruit.Web.Security;

/// <summary>
/// Which proxies' <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes: those listed in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR
/// ranges), or only loopback when neither is set. From anyone else the headers are ignored, so a
/// client cannot choose its own rate-limit partition or claim HTTPS.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection($"{Section}:KnownProxies")).Select(value =>
            IPAddress.TryParse(value, out var address) ? address : throw Invalid("KnownProxies", value, "an IP address")).ToList();
        var networks = Values(configuration.GetSection($"{Section}:KnownNetworks")).Select(value =>
            System.Net.IPNetwork.TryParse(value, out var network) ? network : throw Invalid("KnownNetworks", value, "a network such as 172.30.56.0/24")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count == 0 && networks.Count == 0) return; // ASP.NET Core's default: loopback only
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>What the app trusts, in words for the start-up log.</summary>
    public static string Describe(ForwardedHeadersOptions options) =>
        string.Join(", ", options.KnownProxies.Select(p => p.ToString()).Concat(options.KnownIPNetworks.Select(n => n.ToString())));

    /// <summary>A list in configuration (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>, … as an
    /// environment variable <c>ForwardedHeaders__KnownProxies__0</c>) or one comma-separated value.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(v => v.Trim()).Where(v => v.Length > 0);

    private static InvalidOperationException Invalid(string setting, string value, string expected) =>
        new($"{Section}:{setting} has '{value}', which is not {expected}.");
}
