using IucRecruit.Data.Funnel.Reports;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>The dashboard's CSV downloads: text that Excel would run as a formula is written as
/// text, and the numbers, negative ones included, keep exactly the digits the page shows.</summary>
public sealed class ReportTableCsvTests
{
    [Fact]
    public async Task Formula_like_text_gets_an_apostrophe_and_numbers_keep_their_digits()
    {
        var table = new ReportTable("funnel", "Funnel", ["Site", "Change", "Share", "Note"], [false, true, true, false],
        [
            ["=HYPERLINK(\"http://x\")", "-5", "12.0", "+44 line"],
            ["@SUM(A1)", "-0.5", "suppressed", "\tTabbed"],
            ["Hull", "3", "", "-minus"],
        ]);

        await using var text = new StringWriter();
        await table.WriteCsvAsync(text);

        Assert.Equal(
            "Site,Change,Share,Note\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",-5,12.0,\"'+44 line\"\r\n" +
            "\"'@SUM(A1)\",-0.5,suppressed,\"'\tTabbed\"\r\n" +
            "Hull,3,,\"'-minus\"\r\n",
            text.ToString());
    }
}
