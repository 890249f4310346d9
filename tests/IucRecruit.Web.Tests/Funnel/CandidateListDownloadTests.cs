using System.Net;
using System.Text;
using IucRecruit.Core.Campaigns;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Import;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

/// <summary>The candidate list as CSV and .xlsx, for a campaign of its own whose applicants typed
/// names that a spreadsheet would take for formulas.</summary>
public sealed class CandidateListDownloadTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private async Task<Guid> CampaignAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), OrganisationId = app.Demo.Campaign.OrganisationId, Name = $"Downloads {Guid.NewGuid():N}",
            Role = AdvisorRole.HealthAdvisor, Site = "Wakefield", WorkingConditions = "Weekends.", CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        const string applicants = """
            email,given_name,family_name,channel,applied_on
            hal@example.com,"=HYPERLINK(""http://evil.example"",""Hal"")",+Hill,NHS Jobs,2026-01-10
            ida@example.com,@Ida,-Ives,Agency,11/01/2026
            """;
        var result = await scope.ServiceProvider.GetRequiredService<ApplicantImport>()
            .RunAsync(new ImportFile(new MemoryStream(Encoding.UTF8.GetBytes(applicants)), "ats.csv"), campaign.Id, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return campaign.Id;
    }

    [Fact]
    public async Task The_list_downloads_as_a_workbook_whose_cells_are_text_never_formulas_and_each_download_is_audited()
    {
        var campaign = await CampaignAsync();
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);

        using var response = await manager.GetAsync($"/manager/candidates?handler=Xlsx&campaign={campaign}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"iucrecruit-candidates-{campaign}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var (sheet, cells) = Workbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("candidates", sheet);
        Assert.Equal(
            [
                "Family name", "Given name", "Email address", "Channel", "Applied", "Stage",
                "+Hill", "=HYPERLINK(\"http://evil.example\",\"Hal\")", "hal@example.com", "NHS Jobs", "2026-01-10", "Applied",
                "-Ives", "@Ida", "ida@example.com", "Agency", "2026-01-11", "Applied",
            ],
            cells.Select(c => c.Text));
        Assert.All(cells, c => Assert.Equal(("inlineStr", false), (c.Type, c.HasFormula)));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var audited = await db.AccessAuditEntries.Where(e => e.Action == AccessAction.DownloadedCandidateList)
            .Join(db.Candidates.Where(c => c.CampaignId == campaign), e => e.CandidateId, c => c.Id, (e, c) => c.Email).OrderBy(e => e).ToListAsync();
        Assert.Equal(["hal@example.com", "ida@example.com"], audited);
    }

    [Fact]
    public async Task The_list_downloads_as_CSV_with_the_same_cells()
    {
        var campaign = await CampaignAsync();
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);

        using var response = await manager.GetAsync($"/manager/candidates?handler=Csv&campaign={campaign}");
        var html = await manager.GetPageAsync($"/manager/candidates?campaign={campaign}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Family name,Given name,Email address,Channel,Applied,Stage", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.Contains("hal@example.com,NHS Jobs,2026-01-10,Applied", lines[1], StringComparison.Ordinal);
        Assert.Contains("Download the candidate list as Excel (.xlsx)", html, StringComparison.Ordinal);
    }
}
