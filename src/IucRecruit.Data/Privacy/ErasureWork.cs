using System.Text.Json;
using System.Text.Json.Serialization;

namespace IucRecruit.Data.Privacy;

/// <summary>What one erasure or purge changed, collected from each entry of the registry as it
/// works: counts and ids, never the data. Files to delete wait here until the database transaction
/// has committed (a failed erasure leaves every recording in place).</summary>
public sealed class ErasureWork(DateTime nowUtc)
{
    private readonly List<DeletionSummary.Item> items = [];
    private readonly List<string> files = [];

    public DateTime NowUtc { get; } = nowUtc;

    public IReadOnlyList<DeletionSummary.Item> Items => items;

    public IReadOnlyList<string> Files => files;

    /// <summary>The size of <see cref="Files"/> on disk.</summary>
    public long FileBytes { get; private set; }

    /// <summary>Notes that <paramref name="count"/> records of one kind were removed or blanked,
    /// with their ids when they are records in their own right (recordings, accounts).</summary>
    public void Changed(string what, int count, IEnumerable<Guid>? ids = null)
    {
        if (count == 0) return;
        items.Add(new DeletionSummary.Item(what, count, ids?.ToList()));
    }

    public void DeleteFileAfterCommit(string path)
    {
        if (!File.Exists(path)) return;
        files.Add(path);
        FileBytes += new FileInfo(path).Length;
    }

    /// <summary>Deletes the files handed in; a file already gone is not an error.</summary>
    public void DeleteFiles()
    {
        foreach (var path in files) File.Delete(path);
    }
}

/// <summary>The content of <see cref="DeletionRecord.Summary"/>.</summary>
public sealed record DeletionSummary(
    IReadOnlyList<Guid> AssessmentErased,
    IReadOnlyList<Guid> IdentityErased,
    IReadOnlyList<DeletionSummary.Item> Items,
    int Files,
    long FileBytes)
{
    public sealed record Item(string What, int Count, IReadOnlyList<Guid>? Ids);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DeletionSummary FromJson(string json) =>
        JsonSerializer.Deserialize<DeletionSummary>(json, Json) ?? throw new JsonException("An empty deletion summary.");
}
