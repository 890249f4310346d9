using System.Globalization;
using System.Text.RegularExpressions;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Practice;

/// <summary>Chromium whose fake microphone answers and then pauses, over and over (1.6 s of speech,
/// 2.4 s of silence): a candidate the practice caller should wait for, then go on.</summary>
public sealed class AnsweringBrowser : IAsyncLifetime
{
    public BrowserSession Browser { get; } = new()
    {
        FakeMicrophoneFile = RepositoryRoot.Combine("tests", "fixtures", "audio", "speech-then-pause-8k.wav"),
    };

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>Someone with no account takes a practice call in real Chromium: the caller's first turn
/// plays, the fake microphone answers and pauses and the caller goes on by itself (voice activity in
/// the page), captions show the caller's words, N moves it on once while the microphone is heard; they fill the call
/// record, end the call, see the check and their times, and answer "not for me". The manager's
/// dashboard then counts the attempt, the answer and the reason.</summary>
public sealed class PracticeCallJourneyTests(KestrelApp app, AnsweringBrowser browser)
    : IClassFixture<KestrelApp>, IClassFixture<AnsweringBrowser>
{
    [Fact]
    public async Task A_visitor_completes_a_practice_call_answers_not_for_me_and_the_dashboard_counts_it()
    {
        var before = await PracticeFiguresAsync();

        await using var context = await browser.Browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/practice/{app.Demo.Campaign.Id}");
        await Assertions.Expect(page.GetByText("Your voice never leaves your device.")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "practice-start.png");
        var card = page.Locator("li.card", new() { HasText = "chest pain, and a caller in a hurry" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Start this call" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/practice/[^/]+/[0-9a-f-]{36}$"));

        await page.GetByLabel("Show what the caller says as captions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the call" }).ClickAsync();
        var status = page.Locator("#practice-status");
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 1 of 6).");
        await Assertions.Expect(page.Locator("#caption")).ToHaveTextAsync(new Regex("^Caller: It's my husband, he's got a terrible pain"));
        await page.GetByLabel("Postcode").FillAsync("le11 3ap");
        await page.GetByLabel("Patient's name").FillAsync("Peter Marsh");

        // The microphone answers and pauses: the caller goes on without any key (the clip lasts 5.4 s).
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 2 of 6).", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#caption")).ToContainTextAsync("going down his left arm");
        await ScreenshotAsync(page, "practice-call.png");

        // N in a microphone call, pressed while the microphone is heard speaking: the caller goes on
        // once, to turn 3, and then waits for an answer to it; the sentence the key cut short does not
        // answer turn 3 as well (turn-taking.js; the Node tests time it exactly). P then holds the call.
        await Assertions.Expect(status).ToContainTextAsync("Your turn", new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => document.getElementById('mic-level').value > 0.1", null, new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).FocusAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 3 of 6).");
        await Assertions.Expect(status).ToContainTextAsync("Your turn", new() { Timeout = 30_000 });
        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(status).ToHaveTextAsync("Paused. The caller waits until you carry on.");
        await page.GetByLabel("Outcome").SelectOptionAsync("Emergency ambulance");
        await page.GetByRole(AriaRole.Button, new() { Name = "End the call and see how you did" }).ClickAsync();

        await page.WaitForArrivalAsync(new Regex("/practice/[^/]+/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How your practice call went" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("3 of 6 fields of your call record match what the caller said.")).ToBeVisibleAsync();
        // The times came from the page's voice activity: the microphone was heard and answered.
        var talk = await page.Locator("dt:text-is('Your share of the talk') + dd").InnerTextAsync();
        Assert.Matches("^[0-9]+%$", talk);
        var response = await page.Locator("dt:text-is('How quickly you answered the caller, usually') + dd").InnerTextAsync();
        Assert.Matches("^[0-9.]+ seconds$", response);
        Assert.Equal("3 of 6", await page.Locator("dt:text-is(\"Caller's turns heard\") + dd").InnerTextAsync());
        await Assertions.Expect(page.GetByText(app.Demo.Campaign.WorkingConditions.Split('.')[0])).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-typical-shift]")).ToHaveTextAsync(
            "In a typical 10-hour shift an advisor takes about 40 to 60 calls: a new call about every 10 to 15 minutes, wrap-up and breaks included.");
        await ScreenshotAsync(page, "practice-result.png");

        await page.GetByLabel("No: it is not for me").CheckAsync();
        await page.GetByLabel("The pace: one call after another").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Thank you for telling us.")).ToBeVisibleAsync();

        var after = await PracticeFiguresAsync();
        Assert.Equal(before.Attempts + 1, after.Attempts);
        Assert.Equal(before.Anonymous + 1, after.Anonymous);
        Assert.Equal(before.Completions + 1, after.Completions);
        Assert.Equal(before.NotForMe + 1, after.NotForMe);
        Assert.Equal(before.PaceReasons + 1, after.PaceReasons);
    }

    /// <summary>Without a microphone and without a mouse: the keys move the call on (N outside the
    /// call record, Alt+N inside it) and pause it (P), and each change is announced in the status.</summary>
    [Fact]
    public async Task Without_a_microphone_the_keys_alone_move_the_call_on_and_pause_it()
    {
        await using var context = await browser.Browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/practice/{app.Demo.Campaign.Id}");
        await page.Locator("li.card", new() { HasText = "chest pain, and a caller in a hurry" })
            .GetByRole(AriaRole.Button, new() { Name = "Start this call" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/practice/[^/]+/[0-9a-f-]{36}$"));
        var status = page.Locator("#practice-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("aria-live", "polite");

        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start without a microphone" });
        await start.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 1 of 6).");
        await Assertions.Expect(status).ToContainTextAsync("Your turn", new() { Timeout = 30_000 });
        // Without a voice the caller waits; N (focus on a button, not a field) moves it on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).FocusAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 2 of 6).");
        await Assertions.Expect(status).ToContainTextAsync("Your turn", new() { Timeout = 30_000 });

        // In the call record, N is a letter and Alt+N the key.
        var postcode = page.GetByLabel("Postcode");
        await postcode.FocusAsync();
        await page.Keyboard.TypeAsync("LE11 3AP");
        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(postcode).ToHaveValueAsync("LE11 3APp");
        await Assertions.Expect(status).ToContainTextAsync("Your turn");
        await page.Keyboard.PressAsync("Alt+p");
        await Assertions.Expect(status).ToHaveTextAsync("Paused. The caller waits until you carry on.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Carry on" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("Alt+p");
        await Assertions.Expect(status).ToHaveTextAsync("The call carries on.");
        await page.Keyboard.PressAsync("Alt+n");
        await Assertions.Expect(status).ToHaveTextAsync("The caller is speaking (turn 3 of 6).");
    }

    /// <summary>The campaign's edit page in a browser: the demo campaign's shift figures filled in, a
    /// length that is not a number refused at its field, with the summary taking the focus.</summary>
    [Fact]
    public async Task A_manager_sees_the_campaigns_shift_figures_and_a_wrong_one_refused_at_its_field()
    {
        await using var context = await browser.Browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);
        await page.GotoAsync($"/manager/campaigns/edit/{app.Demo.Campaign.Id}");
        await Assertions.Expect(page.GetByLabel("Length of a typical shift, in hours")).ToHaveValueAsync("10");
        await Assertions.Expect(page.GetByLabel("Fewest calls an advisor takes in such a shift")).ToHaveValueAsync("40");
        await Assertions.Expect(page.GetByLabel("Most calls an advisor takes in such a shift")).ToHaveValueAsync("60");

        await page.GetByLabel("Length of a typical shift, in hours").FillAsync("ten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the campaign" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter the shift's length in hours, from 1 to 13, like 10 or 7.5" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "campaign-edit-shift.png");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }

    private sealed record Figures(int Attempts, int Anonymous, int Completions, int NotForMe, int PaceReasons);

    /// <summary>The manager's dashboard, its practice call section opened from the contents list.</summary>
    private async Task<Figures> PracticeFiguresAsync()
    {
        await using var context = await browser.Browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);
        await page.GotoAsync($"/manager/funnel?campaign={app.Demo.Campaign.Id}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Practice call", Exact = true }).ClickAsync();
        var section = page.Locator("#practice");
        await Assertions.Expect(section.GetByText("The groups chose themselves.")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "practice-dashboard.png");
        // The practice calls table's one row: Started, Started without an invitation, Finished, Answered, Not for me, …
        async Task<int> Figure(int column) =>
            int.Parse(await section.Locator($"table[data-report='practice-calls'] tbody td:nth-of-type({column})").InnerTextAsync(), CultureInfo.InvariantCulture);
        var pace = section.Locator("table[data-report='practice-not-for-me'] tr:has(th:text-is('The pace: one call after another')) td");
        return new Figures(await Figure(1), await Figure(2), await Figure(3), await Figure(5),
            await pace.CountAsync() == 0 ? 0 : int.Parse(await pace.InnerTextAsync(), CultureInfo.InvariantCulture));
    }
}
