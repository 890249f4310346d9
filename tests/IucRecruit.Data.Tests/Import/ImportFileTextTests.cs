using System.Text;
using IucRecruit.Data.Import;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Import;

/// <summary>An applicant file's bytes: UTF-8 (with or without a byte order mark) and UTF-16 with
/// one are read as they are; anything else (Excel's plain CSV is Windows-1252) is refused with
/// the line of its first bad byte, and nothing is stored, never a replacement character.</summary>
public sealed class ImportFileTextTests
{
    private const string Header = "Email,Given name,Family name,Channel,Applied on\n";

    [Fact]
    public async Task A_windows_1252_file_is_refused_with_its_line_and_nothing_is_stored()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // "Siân" in Windows-1252 is 53 69 E2 6E: 0xE2 starts a three-byte UTF-8 sequence that "n," does not continue.
        byte[] file = [.. Encoding.ASCII.GetBytes(Header + "ann.ash@example.com,Ann,Ash,NHS Jobs,2026-04-01\nsian.jones@example.com,Si"),
            0xE2, .. Encoding.ASCII.GetBytes("n,Jones,NHS Jobs,2026-04-02\n")];

        ImportResult result;
        await using (var db = funnel.Database.CreateContext())
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(new MemoryStream(file), "excel.csv"), funnel.Campaign.Id, null);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, "(file)", "byte 0xE2, not UTF-8"), (error.Row, error.Column, error.Value));
        Assert.Contains("CSV UTF-8", error.Expected, StringComparison.Ordinal);
        await using var check = funnel.Database.CreateContext();
        Assert.Equal(0, await check.Candidates.CountAsync());
    }

    [Theory]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16 with bom")]
    public async Task Unicode_files_keep_their_accents(string encoding)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var text = Header + "sian.jones@example.com,Siân,Jones,NHS Jobs,2026-04-02\n";
        var file = encoding switch
        {
            "utf-8 with bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            _ => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        };

        ImportResult result;
        await using (var db = funnel.Database.CreateContext())
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(new MemoryStream(file), "ats.csv"), funnel.Campaign.Id, null);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var check = funnel.Database.CreateContext();
        Assert.Equal("Siân", (await check.Candidates.SingleAsync()).GivenName);
    }
}
