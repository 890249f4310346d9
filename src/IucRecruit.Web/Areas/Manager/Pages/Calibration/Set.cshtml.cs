using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Features.StaffAccounts;
using Microsoft.AspNetCore.Mvc;
using IucRecruit.Web.Features.Assessment;

namespace IucRecruit.Web.Areas.Manager.Pages.Calibration;

/// <summary>One calibration set: its recordings with their reference scores, the assessors asked
/// to score it and how far each has got, and the forms that add to it.</summary>
public sealed class SetModel(CalibrationSets calibration, StaffDirectory staff, ScenarioLibrary library) : ChangingPage
{
    /// <summary>How many recent recorded calls the "add a recording" list offers.</summary>
    public const int Offered = 100;

    public CalibrationSets.SetView Set { get; private set; } = null!;
    public IReadOnlyList<MockCall> Recorded { get; private set; } = [];

    /// <summary>What a person reads for a call's scenario: its title, not its id.</summary>
    public string ScenarioTitle(MockCall call) => library.Find(call.ScenarioId)?.Title ?? call.ScenarioId;
    public IReadOnlyList<(Guid Id, string DisplayName)> Assessors { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(Guid? callId) =>
        ChangeAsync(() => callId is { } id ? calibration.AddRecordingAsync(Id, id, HttpContext.RequestAborted) : Task.FromResult<string?>("Choose a recording."),
            "callId", "Recording added.");

    public Task<IActionResult> OnPostAssignAsync(Guid? assessorId) =>
        ChangeAsync(() => assessorId is { } id ? calibration.AssignAsync(Id, id, HttpContext.RequestAborted) : Task.FromResult<string?>("Choose an assessor."),
            "assessorId", "Assessor asked to score the set.");

    public Task<IActionResult> OnPostReferenceAsync(Guid itemId, Dictionary<string, int?> reference) =>
        ChangeAsync(async () =>
            Set.Items.All(i => i.Record.Id != itemId) ? "There is no such recording in this set."
            : (await calibration.SetReferenceAsync(itemId, reference, HttpContext.RequestAborted)) is [var (_, problem), ..] ? problem
            : null, "", "Reference scores saved.");

    protected override async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await calibration.LoadAsync(Id, cancellationToken) is not { } set) return false;
        Set = set;
        var inSet = set.Items.Select(i => i.Call.Id).ToHashSet();
        Recorded = (await calibration.RecordedCallsAsync(Offered, cancellationToken)).Where(c => !inSet.Contains(c.Id)).ToList();
        Assessors = await staff.WithRoleAsync(Roles.Assessor, cancellationToken);
        Names = await staff.NamesAsync(set.Assignments.Select(a => a.AssessorUserId), cancellationToken);
        return true;
    }
}
