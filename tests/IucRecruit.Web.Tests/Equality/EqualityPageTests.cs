using System.Net;
using IucRecruit.Core.Equality;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Equality;

/// <summary>The candidate's own equality monitoring page: optional questions, saved into the
/// funnel's equality counts, changeable later, and a forged answer refused without losing anything.</summary>
public sealed class EqualityPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_candidate_answers_some_questions_changes_one_later_and_the_counts_follow()
    {
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);

        var home = await candidate.GetPageAsync("/candidate");
        var blank = WebUtility.HtmlDecode(await candidate.GetPageAsync("/candidate/equality"));
        using var saved = await candidate.SubmitAsync("/candidate/equality",
            [new("Answers[Sex]", "Female"), new("Answers[Ethnicity]", "Black"), new("Answers[Age]", "")]);
        var afterSave = WebUtility.HtmlDecode(await candidate.GetPageAsync("/candidate/equality"));
        using var changed = await candidate.SubmitAsync("/candidate/equality",
            [new("Answers[Sex]", "PreferNotToSay"), new("Answers[Ethnicity]", "Black")]);

        Assert.Contains("href=\"/candidate/equality\"", home, StringComparison.Ordinal);
        foreach (var question in new[] { "Sex", "Age", "Ethnic group", "Disability", "Religion or belief", "Sexual orientation" })
            Assert.Contains($"<legend>{question}</legend>", blank, StringComparison.Ordinal);
        Assert.Contains("Nobody reads one person's answers", blank, StringComparison.Ordinal);
        Assert.Equal(6, CountOf(blank, "value=\"\" checked=\"checked\""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your answers are saved", afterSave, StringComparison.Ordinal);
        Assert.Contains("value=\"Female\" checked=\"checked\"", afterSave, StringComparison.Ordinal);
        Assert.Contains("Save my changes", afterSave, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var row = await db.EqualityMonitoring.AsNoTracking().SingleAsync(e => e.CandidateId == candidateId);
        Assert.Equal((Sex.PreferNotToSay, (AgeBand?)null, Ethnicity.Black), (row.Sex, row.AgeBand, row.Ethnicity));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }

    [Fact]
    public async Task A_form_with_nothing_chosen_saves_nothing_and_no_other_field_is_read_as_an_answer()
    {
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);

        // No Answers[...] field at all, but a field named like a question: it is not an answer.
        using var sent = await candidate.SubmitAsync("/candidate/equality", [new("Sex", "Female")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var row = await db.EqualityMonitoring.AsNoTracking().SingleAsync(e => e.CandidateId == candidateId);
        Assert.Null(row.Sex);
    }

    [Fact]
    public async Task A_forged_answer_is_refused_and_the_saved_answers_stay()
    {
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);
        (await candidate.SubmitAsync("/candidate/equality", [new("Answers[Disability]", "No")])).Dispose();

        using var forged = await candidate.SubmitAsync("/candidate/equality", [new("Answers[Disability]", "Sometimes"), new("Answers[Sex]", "Male")]);

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Choose one of the answers for disability, or leave it blank.", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().EqualityMonitoring.AsNoTracking()
            .SingleAsync(e => e.CandidateId == candidateId);
        Assert.Equal((Disability.No, (Sex?)null), (row.Disability, row.Sex));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
