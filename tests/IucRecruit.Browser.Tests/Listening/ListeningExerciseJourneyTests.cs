using System.Globalization;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Matching;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Listening;

/// <summary>A candidate takes the listening exercise through the real page in Chromium: the page
/// plays the recording, the candidate types answers as people do, hands them in, and the manager
/// then sees the candidate's score.</summary>
public sealed class ListeningExerciseJourneyTests : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    private readonly KestrelApp app;
    private readonly BrowserSession browser;

    public ListeningExerciseJourneyTests(KestrelApp app, BrowserSession browser)
    {
        this.app = app;
        this.browser = browser;
    }

    [Fact]
    public async Task A_candidate_listens_answers_and_hands_in_and_the_manager_sees_the_score()
    {
        var exercise = app.Services.GetRequiredService<ScenarioLibrary>().ListeningExercises.Single();
        var candidate = app.Demo.InvitedCandidate;
        var wrongQuestion = exercise.Questions.OfType<ChoiceQuestion>().Last();
        var expected = $"{exercise.MaxMarks - wrongQuestion.Marks} / {exercise.MaxMarks}";

        await using (var candidateContext = await browser.NewContextAsync(app.Address))
        {
            var page = await candidateContext.NewPageAsync();
            await page.GotoAsync($"/invite/{await app.InviteAsync(candidate.Id)}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my assessment" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Start the listening exercise" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"You can play the recording {exercise.PlaysAllowed} times")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the listening exercise" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Play the recording" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Playing the recording.");
            await Assertions.Expect(page.GetByText($"Plays left: {exercise.PlaysAllowed - 1} of {exercise.PlaysAllowed}")).ToBeVisibleAsync();
            // Sound is really coming out: the player's clock moves.
            await page.WaitForFunctionAsync("() => document.querySelector('[data-audio]').currentTime > 0.5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Paused.");

            for (var i = 0; i < exercise.Questions.Count; i++)
            {
                var label = $"{i + 1}. {exercise.Questions[i].Text}";
                switch (exercise.Questions[i])
                {
                    case ChoiceQuestion choice:
                        var option = choice == wrongQuestion ? choice.Options.First(o => o.Id != choice.CorrectOption) : choice.Options.Single(o => o.Id == choice.CorrectOption);
                        await page.GetByRole(AriaRole.Group, new() { Name = label }).GetByLabel(option.Text, new() { Exact = true }).CheckAsync();
                        break;
                    case ShortAnswerQuestion text:
                        await page.GetByLabel(label, new() { Exact = true }).FillAsync(AsTyped(text.Answer));
                        break;
                }
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Hand in my answers" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your answers have been handed in" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(expected)).ToHaveCountAsync(0); // marks are for the recruitment team
        }

        await using var managerContext = await browser.NewContextAsync(app.Address);
        var manager = await managerContext.NewPageAsync();
        await manager.GotoAsync("/account/sign-in");
        await manager.GetByLabel("Email address").FillAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RecruitingManager).Email);
        await manager.GetByLabel("Password").FillAsync(RecruitmentApp.Password);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Listening exercise results" }).ClickAsync();

        var row = manager.GetByRole(AriaRole.Row).Filter(new() { HasText = candidate.FullName });
        await Assertions.Expect(row).ToContainTextAsync(expected);
        await Assertions.Expect(row).ToContainTextAsync("Handed in");
        await row.GetByRole(AriaRole.Link, new() { Name = candidate.FullName }).ClickAsync();
        await manager.WaitForArrivalAsync(new Regex("/manager/listening/details/"));
        await Assertions.Expect(manager.GetByText($"{exercise.MaxMarks - wrongQuestion.Marks} out of {exercise.MaxMarks}")).ToBeVisibleAsync();
    }

    /// <summary>An answer as a candidate would type it rather than as the scenario file holds it.</summary>
    private static string AsTyped(ExpectedAnswer answer) => answer.Rule switch
    {
        MatchRule.Date => DateOnly.ParseExact(answer.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        MatchRule.Postcode => answer.Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(),
        MatchRule.OneOf => answer.Alternatives[0].ToLowerInvariant(),
        _ => answer.Value,
    };
}
