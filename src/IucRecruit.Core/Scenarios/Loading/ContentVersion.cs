using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// An item's version: SHA-256 over its YAML file and its recordings, so that any edit to the words
/// or the sounds gives a new version. The YAML file's bytes come first; then, for each recording in
/// order of its path (ordinal), the path (UTF-8), a zero byte, the file's length (8 bytes, little
/// endian) and its bytes. Written as 64 lower-case hexadecimal digits.
/// </summary>
public static class ContentVersion
{
    public static string Compute(string itemFolder, string yamlFile, IEnumerable<string> recordingPaths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(Path.Combine(itemFolder, yamlFile)));
        Span<byte> length = stackalloc byte[8];
        foreach (var path in recordingPaths.Distinct().Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(itemFolder, path));
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
