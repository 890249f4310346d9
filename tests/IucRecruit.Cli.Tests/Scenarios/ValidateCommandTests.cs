using IucRecruit.Testing;

namespace IucRecruit.Cli.Tests.Scenarios;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_shipped_library_is_valid_and_the_summary_counts_it()
    {
        var folder = RepositoryRoot.Combine("scenarios");
        // Counted from the files, not from the library's loader: each scenario and each listening
        // exercise and each practice call is one folder with its own YAML file.
        var scenarios = Directory.GetFiles(folder, "scenario.yaml", SearchOption.AllDirectories).Length;
        var exercises = Directory.GetFiles(folder, "exercise.yaml", SearchOption.AllDirectories).Length;
        var practiceCalls = Directory.GetFiles(folder, "practice.yaml", SearchOption.AllDirectories).Length;
        Assert.True(scenarios > 0 && exercises > 0 && practiceCalls > 0);

        var run = await CliRun.RunAsync("", "scenarios", "validate", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Valid: {scenarios} scenario(s), {exercises} listening exercise(s) and {practiceCalls} practice call(s) in {folder}.", run.Output.Trim());
    }

    [Fact]
    public async Task An_invalid_library_lists_every_error_on_its_own_line_and_exits_with_1()
    {
        var folder = RepositoryRoot.Combine("tests", "IucRecruit.Core.Tests", "Scenarios", "Broken", "script-references");
        var expected = File.ReadAllLines(Path.Combine(folder, "expected-errors.txt")).Where(l => l.Length > 0).ToList();

        var run = await CliRun.RunAsync("", "scenarios", "validate", folder);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected, lines[..^1]);
        Assert.Equal($"Invalid: {expected.Count} error(s) in {folder}.", lines[^1]);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_reported_not_taken_as_empty()
    {
        var run = await CliRun.RunAsync("", "scenarios", "validate", Path.Combine(Path.GetTempPath(), "no-such-library-" + Guid.NewGuid()));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Output, StringComparison.Ordinal);
    }
}
