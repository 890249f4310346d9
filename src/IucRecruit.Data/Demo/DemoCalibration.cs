using IucRecruit.Data.Calibration;

namespace IucRecruit.Data.Demo;

/// <summary>The demo's calibration set, made and scored through the calibration service.</summary>
public sealed class DemoCalibration(CalibrationSets sets)
{
    public const string SetName = "Demo calibration – spring assessors";

    /// <summary>Three assessors score three of the day's recordings blind; the third marks higher
    /// than the others, so the report has a lenient assessor to find. The first recording has an
    /// expert's reference scores.</summary>
    public async Task AddSetAsync(IReadOnlyList<Guid> calls, Guid manager, Guid[] assessors, CancellationToken cancellationToken)
    {
        var (set, _) = await sets.CreateAsync(SetName, manager, cancellationToken);
        foreach (var call in calls) await sets.AddRecordingAsync(set!.Id, call, cancellationToken);
        foreach (var assessor in assessors) await sets.AssignAsync(set!.Id, assessor, cancellationToken);
        var view = (await sets.LoadAsync(set!.Id, cancellationToken))!;
        await sets.SetReferenceAsync(view.Items[0].Record.Id,
            new DemoRatings(Accuracy: 3, Empathy: 3, CallHandling: 3, Listening: 3, SafetyNetting: 2).PointsFor(view.Items[0].Scenario), cancellationToken);
        DemoRatings[][] sheets =
        [
            [
                new(Accuracy: 3, Empathy: 3, CallHandling: 3, Listening: 2, SafetyNetting: 2),
                new(Accuracy: 2, Empathy: 3, CallHandling: 1, Listening: 2, SafetyNetting: 2),
                new(Accuracy: 3, Empathy: 3, CallHandling: 4, Listening: 3, SafetyNetting: 3),
            ],
            [
                new(Accuracy: 3, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 3),
                new(Accuracy: 1, Empathy: 2, CallHandling: 1, Listening: 2, SafetyNetting: 1),
                new(Accuracy: 3, Empathy: 4, CallHandling: 3, Listening: 3, SafetyNetting: 2),
            ],
            [
                new(Accuracy: 4, Empathy: 4, CallHandling: 3, Listening: 4, SafetyNetting: 3),
                new(Accuracy: 3, Empathy: 3, CallHandling: 2, Listening: 2, SafetyNetting: 3),
                new(Accuracy: 4, Empathy: 4, CallHandling: 4, Listening: 4, SafetyNetting: 3),
            ],
        ];
        for (var a = 0; a < assessors.Length; a++)
            for (var i = 0; i < view.Items.Count; i++)
                await sets.SubmitAsync(view.Items[i].Record.Id, assessors[a], sheets[a][i].PointsFor(view.Items[i].Scenario), [], cancellationToken);
    }
}
