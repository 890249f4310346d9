namespace IucRecruit.Cli.Tests;

/// <summary>Runs <c>iucrecruit</c> in process, with its standard streams captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        await using var stdout = new StringWriter();
        await using var stderr = new StringWriter();
        var code = await CliApplication.RunAsync(args, stdin, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
