using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IucRecruit.Testing;

/// <summary>Certificates made on the spot, for HTTPS and for encrypting Data Protection keys.</summary>
public static class TestCertificates
{
    /// <summary>A self-signed certificate for 127.0.0.1 with its RSA private key, as a .pfx file's bytes.</summary>
    public static byte[] SelfSignedPfx(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
