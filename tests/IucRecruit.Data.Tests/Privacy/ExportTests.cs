using System.IO.Compression;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>The subject access export: one ZIP with every record held about the candidate, their
/// recording byte for byte, the access log, and a README naming every file; nobody else's data.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task The_archive_holds_every_record_about_the_candidate_and_nothing_about_anyone_else()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel);
        var fixture = await PersonalDataFixture.AddAsync(funnel, services);
        await funnel.AddApplicantAsync("someone.else@example.org");
        var exporter = new Actor(Guid.CreateVersion7(), "Morgan Manager");

        using var output = new MemoryStream();
        Assert.True(await services.UseAsync(s => s.GetRequiredService<SubjectAccessExport>().WriteAsync(fixture.CandidateId, output, exporter)));

        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        var files = zip.Entries.ToDictionary(e => e.FullName, Read);
        var callFolder = files.Keys.Single(k => k.EndsWith("/call.json", StringComparison.Ordinal))[..^"call.json".Length];
        Assert.Equal(new[]
        {
            "README.txt", "access-log.csv", "account.json", "candidate.json", "equality-monitoring.json", "invitations.json",
            "listening-exercise.json", "messages.json", callFolder + "call.json", callFolder + "events.json", callFolder + "recording.wav",
            "mock-call-assessment.json", "mock-call-scores.json", "practice-calls.json", "scenarios-met.json", "stage-log.csv", "working-conditions.json",
        }.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));

        Assert.Contains(PersonalDataFixture.Email, files["candidate.json"], StringComparison.Ordinal);
        using (var record = System.Text.Json.JsonDocument.Parse(files["candidate.json"]))
            Assert.Equal(PersonalDataFixture.Mobile, record.RootElement.GetProperty("mobileNumber").GetString()); // JSON writes its + as \u002B
        Assert.Contains(PersonalDataFixture.Adjustment, files["candidate.json"], StringComparison.Ordinal);
        Assert.Contains("\"ethnicity\": \"Mixed\"", files["equality-monitoring.json"], StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.StageReason, files["stage-log.csv"], StringComparison.Ordinal);
        Assert.Contains("3 of every 4 weekends.", files["working-conditions.json"], StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.ListeningAnswer, files["listening-exercise.json"], StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.TypedPostcode, files[callFolder + "events.json"], StringComparison.Ordinal);
        Assert.Contains("I agree that my mock call will be recorded.", files[callFolder + "events.json"], StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.AssessorNote, files[callFolder + "events.json"], StringComparison.Ordinal);
        var assessment = files["mock-call-assessment.json"];
        Assert.Contains(PersonalDataFixture.FeedbackStrength, assessment, StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.ModerationReason, assessment, StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.TypedPostcode + " is a different postcode", assessment, StringComparison.Ordinal);
        Assert.Contains("Spring calibration", assessment, StringComparison.Ordinal);
        Assert.Contains("\"interruptions\": 3", assessment, StringComparison.Ordinal);
        Assert.Contains("back-pain", files["scenarios-met.json"], StringComparison.Ordinal);
        Assert.Contains("\"practiceCallId\": \"practice-sore-throat\"", files["practice-calls.json"], StringComparison.Ordinal);
        Assert.Contains("\"redeemedUtc\": null", files["invitations.json"], StringComparison.Ordinal);
        // The invitation's message, to the candidate's address, and no link (links are not kept).
        Assert.Contains("\"kind\": \"CandidateInvitation\"", files["messages.json"], StringComparison.Ordinal);
        Assert.Contains(PersonalDataFixture.Email, files["messages.json"], StringComparison.Ordinal);
        Assert.DoesNotContain("/invite/", files["messages.json"], StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(fixture.RecordingFile), ReadBytes(zip.GetEntry(callFolder + "recording.wav")!));

        // The access log names who listened, and this export itself.
        Assert.Contains("Asha Assessor", files["access-log.csv"], StringComparison.Ordinal);
        Assert.Contains("Morgan Manager,Exported everything held", files["access-log.csv"], StringComparison.Ordinal);
        Assert.All(files.Keys.Where(k => k != "README.txt"), k => Assert.Contains(k + "\n    ", files["README.txt"], StringComparison.Ordinal));
        Assert.All(files.Values, text => Assert.DoesNotContain("someone.else@example.org", text, StringComparison.Ordinal));

        await using var db = funnel.Database.CreateContext();
        Assert.Contains(await db.AccessAuditEntries.ToListAsync(),
            e => e.CandidateId == fixture.CandidateId && e.Action == AccessAction.ExportedData && e.UserId == exporter.UserId);
    }

    /// <summary>A staff display name is typed by a person: one that starts like a formula reaches
    /// the candidate's access-log.csv as text, and the times beside it stay ISO 8601.</summary>
    [Fact]
    public async Task A_formula_like_staff_name_reaches_the_access_log_as_text()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel);
        var fixture = await PersonalDataFixture.AddAsync(funnel, services);
        var exporter = new Actor(Guid.CreateVersion7(), "=HYPERLINK(\"http://evil.example\",\"Open\")");

        using var output = new MemoryStream();
        Assert.True(await services.UseAsync(s => s.GetRequiredService<SubjectAccessExport>().WriteAsync(fixture.CandidateId, output, exporter)));

        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        var log = Read(zip.GetEntry("access-log.csv")!);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",Exported everything held", log, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z?,", log.Split('\n')[1]);
    }

    [Fact]
    public async Task There_is_no_archive_of_a_candidate_who_does_not_exist()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel);
        using var output = new MemoryStream();

        Assert.False(await services.UseAsync(s => s.GetRequiredService<SubjectAccessExport>().WriteAsync(Guid.CreateVersion7(), output, Actor.CommandLine)));
        Assert.Equal(0, output.Length);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
