using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Listening;

/// <summary>The listening exercise through the real pages: plays counted on the server, the time
/// limit with extra time, marking on hand-in, one attempt per candidate, and the manager's view.</summary>
public sealed class ListeningExercisePageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const string Page = "/candidate/listening";

    private ListeningExercise Exercise => app.Services.GetRequiredService<ScenarioLibrary>().ListeningExercises.Single();

    [Fact]
    public async Task A_candidate_plays_the_recording_only_as_often_as_allowed_and_hands_in_once()
    {
        var (candidate, client) = await app.SignInNewCandidateAsync();
        using (client)
        {
            Assert.Contains("Start the listening exercise", await client.GetPageAsync("/candidate"), StringComparison.Ordinal);
            using (var started = await client.SubmitAsync(Page, [], $"{Page}?handler=Start"))
            {
                Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            }
            var exercisePage = await client.GetPageAsync(Page);
            Assert.Contains("Plays left: <strong data-plays-left-count>2</strong> of 2", exercisePage, StringComparison.Ordinal);
            foreach (var question in Exercise.Questions) Assert.Contains($"name=\"Answers[{question.Id}]\"", exercisePage, StringComparison.Ordinal);

            var recording = await File.ReadAllBytesAsync(app.Services.GetRequiredService<ScenarioLibrary>().PathOf(Exercise, Exercise.Recording));
            for (var left = 1; left >= 0; left--)
            {
                using var play = await client.SubmitAsync(Page, [], $"{Page}?handler=Play");
                Assert.Equal(HttpStatusCode.OK, play.StatusCode);
                Assert.Equal("audio/wav", play.Content.Headers.ContentType?.MediaType);
                Assert.Equal(recording, await play.Content.ReadAsByteArrayAsync());
                Assert.Equal(left.ToString(System.Globalization.CultureInfo.InvariantCulture), play.Headers.GetValues("X-Plays-Left").Single());
            }
            using (var refused = await client.SubmitAsync(Page, [], $"{Page}?handler=Play"))
            {
                Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            }

            app.Clock.Advance(TimeSpan.FromMinutes(6));
            using (await client.SubmitAsync(Page, RightAnswers(), $"{Page}?handler=HandIn")) { }
            using (await client.SubmitAsync(Page, [], $"{Page}?handler=Start")) { }
            var done = await client.GetPageAsync(Page);
            Assert.Contains("Your answers have been handed in", done, StringComparison.Ordinal);
            Assert.DoesNotContain("data-answers-form", done, StringComparison.Ordinal);
            Assert.Contains("Done", await client.GetPageAsync("/candidate"), StringComparison.Ordinal);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var attempt = await db.ListeningAttempts.Include(a => a.Answers).SingleAsync(a => a.CandidateId == candidate.Id);
        Assert.Equal((Exercise.MaxMarks, Exercise.MaxMarks, 2, false), (attempt.Marks, attempt.MaxMarks, attempt.PlaysUsed, attempt.Late));
        Assert.Equal(Exercise.Version, attempt.ExerciseVersion);
        Assert.Equal(TimeSpan.FromMinutes(6), attempt.HandedInUtc - attempt.StartedUtc);
        Assert.Equal(Exercise.Questions.Count, attempt.Answers.Count);
        Assert.Equal(1, await db.ScenarioExposures.CountAsync(e => e.CandidateId == candidate.Id && e.ScenarioId == Exercise.Id));
    }

    [Fact]
    public async Task Extra_time_lengthens_the_limit_shown_and_kept_and_rest_breaks_are_explained()
    {
        var (candidate, client) = await app.SignInNewCandidateAsync(extraTimePercent: 50, restBreaks: true);
        using (client)
        {
            var intro = await client.GetPageAsync(Page);
            var minutes = Exercise.TimeLimitMinutes * 1.5;
            Assert.Contains($"<strong>{minutes:0} minutes</strong> from pressing Start", intro, StringComparison.Ordinal);
            Assert.Contains("including your extra time of 50%", intro, StringComparison.Ordinal);
            Assert.Contains("the time starts only when you press Start", intro, StringComparison.Ordinal);

            var running = await StartAsync(client);
            Assert.Contains($"data-seconds-left=\"{minutes * 60:0}\"", running, StringComparison.Ordinal);
        }
        await using var scope = app.Services.CreateAsyncScope();
        var attempt = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().ListeningAttempts.SingleAsync(a => a.CandidateId == candidate.Id);
        Assert.Equal(TimeSpan.FromMinutes(Exercise.TimeLimitMinutes * 1.5), attempt.DeadlineUtc - attempt.StartedUtc);
    }

    [Fact]
    public async Task Answers_after_the_time_limit_are_marked_as_late_and_the_manager_sees_it()
    {
        var (candidate, client) = await app.SignInNewCandidateAsync();
        using (client)
        {
            var form = await StartAsync(client);
            app.Clock.Advance(TimeSpan.FromMinutes(Exercise.TimeLimitMinutes + 1));
            using var late = await PostFromAsync(client, form, "HandIn", RightAnswers());
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        }

        using var manager = await SignInManagerAsync();
        var results = await manager.GetPageAsync("/manager/listening");
        var row = Regex.Match(results, $"{Regex.Escape(candidate.FullName)}</a>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("Handed in late", row, StringComparison.Ordinal);
        Assert.Contains($"{Exercise.MaxMarks} / {Exercise.MaxMarks}", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_time_runs_out_with_nothing_handed_in_the_candidate_is_told_and_cannot_play()
    {
        var (_, client) = await app.SignInNewCandidateAsync();
        using (client)
        {
            var page = await StartAsync(client);
            app.Clock.Advance(TimeSpan.FromMinutes(Exercise.TimeLimitMinutes) + TimeSpan.FromMinutes(1));

            Assert.Contains("The time for this exercise has run out", await client.GetPageAsync(Page), StringComparison.Ordinal);
            using var play = await PostFromAsync(client, page, "Play", []);
            Assert.Equal(HttpStatusCode.Conflict, play.StatusCode);
        }
    }

    [Fact]
    public async Task The_manager_sees_each_answer_with_its_marks_and_the_exercise_version()
    {
        // The demo data's attempt: handed in two days before the other tests' attempts started.
        Guid demoAttempt;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            demoAttempt = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().ListeningAttempts
                .OrderBy(a => a.StartedUtc).Select(a => a.Id).FirstAsync();
        }
        using var manager = await SignInManagerAsync();
        Assert.Contains($"href=\"/manager/listening/details/{demoAttempt}\"", await manager.GetPageAsync("/manager/listening"), StringComparison.Ordinal);

        var details = WebUtility.HtmlDecode(await manager.GetPageAsync($"/manager/listening/details/{demoAttempt}"));

        Assert.Contains(LibraryItem.Shorten(Exercise.Version), details, StringComparison.Ordinal);
        foreach (var question in Exercise.Questions) Assert.Contains(question.Text, details, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""numeric"">\d+ / \d+</td>", details);
    }

    [Fact]
    public async Task Other_staff_cannot_open_the_results_and_candidates_cannot_open_the_managers_pages()
    {
        var (_, candidate) = await app.SignInNewCandidateAsync();
        using (candidate)
        {
            using var refused = await candidate.GetAsync("/manager/listening");
            Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        }
        using var assessor = app.CreatePageClient();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Core.Identity.Roles.Assessor);
        await assessor.SignInAsync(account.Email, RecruitmentApp.Password);
        using var denied = await assessor.GetAsync("/manager/listening");
        Assert.Equal("/account/access-denied", denied.Headers.Location?.AbsolutePath);
    }

    private IEnumerable<KeyValuePair<string, string>> RightAnswers() => Exercise.Questions.Select(q => new KeyValuePair<string, string>(
        $"Answers[{q.Id}]", q switch
        {
            ChoiceQuestion choice => choice.CorrectOption,
            ShortAnswerQuestion text => text.Answer.Value,
            _ => "",
        }));

    private async Task<PageClient> SignInManagerAsync()
    {
        var manager = app.CreatePageClient();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == Core.Identity.Roles.RecruitingManager);
        Assert.NotNull(await manager.SignInAsync(account.Email, RecruitmentApp.Password));
        return manager;
    }

    /// <summary>Presses Start and returns the exercise page.</summary>
    private static async Task<string> StartAsync(PageClient client)
    {
        using (await client.SubmitAsync(Page, [], $"{Page}?handler=Start")) { }
        return await client.GetPageAsync(Page);
    }

    /// <summary>Posts to a handler with the token of a page read earlier: the page was open before
    /// the clock moved on, as a candidate's would be.</summary>
    private static Task<HttpResponseMessage> PostFromAsync(PageClient client, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync(new Uri($"{Page}?handler={handler}", UriKind.Relative),
            new FormUrlEncodedContent(fields.Append(new(AntiforgeryToken.FieldName, AntiforgeryToken.In(page)))));

}
