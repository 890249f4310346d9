using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IucRecruit.Data;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

public sealed class ImportPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static Task<string> UploadAsync(PageClient client, string page, string csv, params (string Name, string Value)[] fields) =>
        UploadAsync(client, page, Encoding.UTF8.GetBytes(csv), "applicants.csv", fields);

    private static async Task<string> UploadAsync(PageClient client, string page, byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryToken.In(await client.GetPageAsync(page));
        using var form = new MultipartFormDataContent { { new StringContent(token), AntiforgeryToken.FieldName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "Upload", fileName);
        using var response = await client.Http.PostAsync(new Uri(page, UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/manager/import/applicants")]
    [InlineData("/manager/import/workforce")]
    public async Task An_upload_over_the_limit_comes_back_to_its_page_saying_the_limit(string page)
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[33 * 1024 * 1024]), "Upload", "big.csv" } };

        using var response = await manager.Http.PostAsync(new Uri(page, UriKind.Relative), form);
        var location = response.Headers.Location?.OriginalString;
        var html = WebUtility.HtmlDecode(await manager.GetPageAsync(location!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{page}?too-large=true", location);
        Assert.Contains("The file is larger than the 32 MB an upload may be.", html, StringComparison.Ordinal);
        Assert.Contains("iucrecruit import", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_uploads_applicants_once_and_again_and_sees_what_happened()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        var campaign = app.Demo.Campaign.Id.ToString();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"email,given_name,family_name,channel,applied_on\numa@example.com,Uma,Upton,Agency,{today}\nvic@example.com,Vic,Vale,Internal,{today}\n";

        var first = await UploadAsync(manager, "/manager/import/applicants", csv, ("Campaign", campaign));
        var second = await UploadAsync(manager, "/manager/import/applicants", csv, ("Campaign", campaign));

        Assert.Contains("2 rows read: 2 added, 0 updated, 0 already up to date.", first, StringComparison.Ordinal);
        Assert.Contains("2 rows read: 0 added, 0 updated, 2 already up to date.", second, StringComparison.Ordinal);
        Assert.Equal(1, app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Candidates.Count(c => c.Email == "uma@example.com")));
    }

    [Fact]
    public async Task A_file_with_problems_lists_each_one_and_imports_nothing()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);

        var html = await UploadAsync(manager, "/manager/import/workforce", "email,start_date\nnobody@example.com,2026-02-30\n");

        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"numeric\">2</td><td>start_date</td><td>2026-02-30</td><td>a date, like 2026-03-31 or 31/03/2026</td>", html, StringComparison.Ordinal);
        Assert.Contains("no candidate with this address has", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_uploads_from_the_sheet_named_and_a_wrong_sheet_name_is_reported()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        var campaign = app.Demo.Campaign.Id.ToString();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        using var workbook = Workbooks.Build(
            new Workbooks.SheetRows("Summary", [(1, ["Applicants this week: 1"])]),
            new Workbooks.SheetRows("Applicants",
            [
                (1, ["Forename", "Surname", "Email address", "Application date", "Source"]),
                (2, ["Wyn", "Webb", "wyn.webb@example.com", today, "NHS Jobs"]),
            ]));
        var bytes = workbook.ToArray();

        var wrong = await UploadAsync(manager, "/manager/import/applicants", bytes, "nhs-jobs.xlsx", ("Campaign", campaign), ("Sheet", "Sheet 1"));
        var right = await UploadAsync(manager, "/manager/import/applicants", bytes, "nhs-jobs.xlsx", ("Campaign", campaign), ("Sheet", "Applicants"));

        Assert.Contains("<td>sheet</td><td>Sheet 1</td><td>the name of one of the workbook&#x27;s sheets: Summary, Applicants</td>", wrong, StringComparison.Ordinal);
        Assert.Contains("1 row read: 1 added, 0 updated, 0 already up to date.", right, StringComparison.Ordinal);
        Assert.Equal(1, app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Candidates.Count(c => c.Email == "wyn.webb@example.com")));
    }
}
