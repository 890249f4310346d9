namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// One thing wrong in the library, said so that an author can fix it without guessing:
/// <c>back-injury/scenario.yaml:42: clips[1].file: clips/groan.wav is not 8 kHz mono (found 16000 Hz,
/// 2 channels); expected 8000 Hz mono 16-bit PCM or μ-law</c>.
/// </summary>
/// <param name="File">Relative to the library folder, with forward slashes.</param>
/// <param name="Line">1-based; 0 when the error concerns a whole file or folder.</param>
/// <param name="Field">The field's path (<c>rubric.criteria[2].weight</c>); empty for the whole file.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ScenarioError(string File, int Line, string Field, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Field.Length > 0 ? $"{where}: {Field}: {Message}" : $"{where}: {Message}";
    }
}

/// <summary>The errors found in one file, in the order they were found.</summary>
internal sealed class ErrorList(string file)
{
    private readonly List<ScenarioError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ScenarioError> All => errors;

    public int Count => errors.Count;

    public void Add(int line, string field, string message) => errors.Add(new ScenarioError(File, line, field, message));
}
