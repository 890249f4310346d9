using IucRecruit.Core.Calibration;
using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Calibration;

/// <summary>
/// Calibration sets: a manager builds one from recordings of ended calls, gives reference scores if
/// an expert has them, and asks assessors to score each recording blind. The scores are kept in
/// their own table and never reach a call's result (docs/decisions/0023).
/// </summary>
public sealed class CalibrationSets(RecruitmentDbContext db, ScenarioVersionArchive scenarios, TimeProvider clock)
{
    /// <summary>A recording of the set with its call and scenario. <paramref name="Recorded"/> is false
    /// once the recording has been erased (retention, or the candidate's request): its ratings stay,
    /// but nobody can score it any more.</summary>
    public sealed record Item(CalibrationItem Record, MockCall Call, Scenario Scenario, bool Recorded)
    {
        /// <summary>Recordings are named by position, not by candidate: the name is what reports show.</summary>
        public string Name => $"Recording {Record.Position}";
    }

    public sealed record SetView(CalibrationSet Set, IReadOnlyList<Item> Items, IReadOnlyList<CalibrationAssignment> Assignments,
        IReadOnlyList<CalibrationScorecard> Scorecards)
    {
        public CalibrationScorecard? ScorecardOf(Guid itemId, Guid assessorId) =>
            Scorecards.FirstOrDefault(s => s.CalibrationItemId == itemId && s.AssessorUserId == assessorId);

        public bool IsAssigned(Guid assessorId) => Assignments.Any(a => a.AssessorUserId == assessorId);
    }

    public sealed record SetSummary(Guid Id, string Name, DateTime CreatedUtc, int Recordings, int Assessors, int Scorecards);

    public async Task<IReadOnlyList<SetSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.CalibrationSets.AsNoTracking().OrderByDescending(s => s.CreatedUtc)
            .Select(s => new SetSummary(s.Id, s.Name, s.CreatedUtc,
                db.CalibrationItems.Count(i => i.CalibrationSetId == s.Id),
                db.CalibrationAssignments.Count(a => a.CalibrationSetId == s.Id),
                db.CalibrationScorecards.Count(c => db.CalibrationItems.Any(i => i.Id == c.CalibrationItemId && i.CalibrationSetId == s.Id))))
            .ToListAsync(cancellationToken);

    public async Task<(CalibrationSet? Set, string? Problem)> CreateAsync(string? name, Guid managerId, CancellationToken cancellationToken = default)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return (null, "Enter a name for the set");
        if (name.Length > 200) return (null, "Keep the name to 200 characters");
        var set = new CalibrationSet { Id = Guid.CreateVersion7(), Name = name, CreatedByUserId = managerId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.CalibrationSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        return (set, null);
    }

    public async Task<SetView?> LoadAsync(Guid setId, CancellationToken cancellationToken = default)
    {
        var set = await db.CalibrationSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == setId, cancellationToken);
        if (set is null) return null;
        var items = await db.CalibrationItems.AsNoTracking().Where(i => i.CalibrationSetId == setId).OrderBy(i => i.Position)
            .Join(db.MockCalls.AsNoTracking(), i => i.MockCallId, c => c.Id, (i, c) => new { i, c })
            .ToListAsync(cancellationToken);
        var itemIds = items.Select(x => x.i.Id).ToList();
        var callIds = items.Select(x => x.c.Id).ToList();
        var recorded = (await db.CallRecordings.AsNoTracking().Where(r => callIds.Contains(r.MockCallId) && r.CompletedUtc != null)
            .Select(r => r.MockCallId).ToListAsync(cancellationToken)).ToHashSet();
        return new SetView(set,
            items.Select(x => scenarios.Find(x.c.ScenarioId, x.c.ScenarioVersion) is { } scenario
                    ? new Item(x.i, x.c, scenario, recorded.Contains(x.c.Id)) : null)
                .OfType<Item>().ToList(),
            await db.CalibrationAssignments.AsNoTracking().Where(a => a.CalibrationSetId == setId).OrderBy(a => a.AssignedUtc).ToListAsync(cancellationToken),
            await db.CalibrationScorecards.AsNoTracking().Where(s => itemIds.Contains(s.CalibrationItemId)).ToListAsync(cancellationToken));
    }

    /// <summary>Ended calls whose recording is finished: what a set can be built from, newest first.</summary>
    public async Task<IReadOnlyList<MockCall>> RecordedCallsAsync(int take, CancellationToken cancellationToken = default) =>
        await db.MockCalls.AsNoTracking().Include(c => c.Candidate)
            .Where(c => c.Phase == CallPhase.Ended && db.CallRecordings.Any(r => r.MockCallId == c.Id && r.CompletedUtc != null))
            .OrderByDescending(c => c.SlotStartUtc).Take(take).ToListAsync(cancellationToken);

    public async Task<string?> AddRecordingAsync(Guid setId, Guid callId, CancellationToken cancellationToken = default)
    {
        if (!await db.CalibrationSets.AnyAsync(s => s.Id == setId, cancellationToken)) return "There is no such set.";
        var recorded = await db.MockCalls.AnyAsync(c => c.Id == callId && c.Phase == CallPhase.Ended &&
            db.CallRecordings.Any(r => r.MockCallId == c.Id && r.CompletedUtc != null), cancellationToken);
        if (!recorded) return "Choose an ended call with a finished recording.";
        if (await db.CalibrationItems.AnyAsync(i => i.CalibrationSetId == setId && i.MockCallId == callId, cancellationToken))
            return "That recording is already in the set.";
        var position = await db.CalibrationItems.Where(i => i.CalibrationSetId == setId).MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0;
        db.CalibrationItems.Add(new CalibrationItem
        {
            Id = Guid.CreateVersion7(), CalibrationSetId = setId, MockCallId = callId, Position = position + 1, Reference = new Dictionary<string, int>(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Sets the expert's reference scores of a recording; a criterion left empty has none.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> SetReferenceAsync(Guid itemId, IReadOnlyDictionary<string, int?> points,
        CancellationToken cancellationToken = default)
    {
        var item = await db.CalibrationItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        var call = item is null ? null : await db.MockCalls.AsNoTracking().SingleAsync(c => c.Id == item.MockCallId, cancellationToken);
        if (item is null || call is null || scenarios.Find(call.ScenarioId, call.ScenarioVersion) is not { } scenario)
            return [("", "There is no such recording in a set.")];
        var problems = points.Where(p => p.Value is { } value && scenario.Rubric.Find(p.Key)?.Scale.Any(s => s.Points == value) != true)
            .Select(p => (p.Key, $"{p.Value} is not a point of the scale of '{p.Key}'.")).ToList();
        if (problems.Count > 0) return problems;
        item.Reference = points.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<string?> AssignAsync(Guid setId, Guid assessorId, CancellationToken cancellationToken = default)
    {
        var isAssessor = await db.UserRoles.AnyAsync(ur => ur.UserId == assessorId &&
            db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Assessor), cancellationToken);
        if (!isAssessor) return "Choose an assessor.";
        if (await db.CalibrationAssignments.AnyAsync(a => a.CalibrationSetId == setId && a.AssessorUserId == assessorId, cancellationToken))
            return "That assessor is already asked to score this set.";
        db.CalibrationAssignments.Add(new CalibrationAssignment
        {
            Id = Guid.CreateVersion7(), CalibrationSetId = setId, AssessorUserId = assessorId, AssignedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The recordings an assessor has been asked to score and has not (and that still exist), oldest set first.</summary>
    public async Task<IReadOnlyList<(CalibrationSet Set, CalibrationItem Item)>> WaitingForAsync(Guid assessorId, CancellationToken cancellationToken = default)
    {
        var rows = await db.CalibrationAssignments.AsNoTracking().Where(a => a.AssessorUserId == assessorId)
            .Join(db.CalibrationSets.AsNoTracking(), a => a.CalibrationSetId, s => s.Id, (a, s) => s)
            .Join(db.CalibrationItems.AsNoTracking(), s => s.Id, i => i.CalibrationSetId, (s, i) => new { s, i })
            .Where(x => !db.CalibrationScorecards.Any(c => c.CalibrationItemId == x.i.Id && c.AssessorUserId == assessorId) &&
                        db.CallRecordings.Any(r => r.MockCallId == x.i.MockCallId && r.CompletedUtc != null))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(x => x.s.CreatedUtc).ThenBy(x => x.i.Position).Select(x => (x.s, x.i)).ToList();
    }

    /// <summary>The set and recording an assessor may score (they are asked to), or null.</summary>
    public async Task<(SetView Set, Item Item)?> ForScoringAsync(Guid itemId, Guid assessorId, CancellationToken cancellationToken = default)
    {
        var setId = await db.CalibrationItems.Where(i => i.Id == itemId).Select(i => (Guid?)i.CalibrationSetId).SingleOrDefaultAsync(cancellationToken);
        if (setId is null || await LoadAsync(setId.Value, cancellationToken) is not { } set || !set.IsAssigned(assessorId)) return null;
        return set.Items.FirstOrDefault(i => i.Record.Id == itemId) is { } item ? (set, item) : null;
    }

    /// <summary>An assessor's calibration ratings of one recording, kept as submitted.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> SubmitAsync(Guid itemId, Guid assessorId,
        IReadOnlyDictionary<string, int?> ratings, IReadOnlyCollection<string> criticalFails, CancellationToken cancellationToken = default)
    {
        if (await ForScoringAsync(itemId, assessorId, cancellationToken) is not var (set, item)) return [("", "You are not asked to score this recording.")];
        if (set.ScorecardOf(itemId, assessorId) is not null) return [("", "You have already scored this recording; your ratings cannot be changed.")];
        if (!item.Recorded) return [("", ErasedRecording)];
        var (sheet, problems) = ScoreSheet.From(item.Scenario.Rubric, ratings, criticalFails);
        if (sheet is null) return problems;
        db.CalibrationScorecards.Add(new CalibrationScorecard
        {
            Id = Guid.CreateVersion7(), CalibrationItemId = itemId, AssessorUserId = assessorId, SubmittedUtc = clock.GetUtcNow().UtcDateTime, Sheet = sheet,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return [("", "You have already scored this recording; your ratings cannot be changed.")];
        }
        return [];
    }

    public const string ErasedRecording =
        "This recording has been erased (its retention period ended, or the candidate asked), so it can no longer be scored.";

    /// <summary>The set's agreement statistics per criterion, assessors named as <see cref="AssessorNames"/> names them.</summary>
    public static IReadOnlyList<CriterionCalibration> Analyse(SetView set, IReadOnlyDictionary<Guid, string> names)
    {
        var assessors = AssessorNames(set, names);
        var itemNames = set.Items.ToDictionary(i => i.Record.Id, i => i.Name);
        return CalibrationAnalysis.Analyse(
            set.Items.Select(i => new CalibrationRecording(i.Name, i.Scenario.Rubric, i.Record.Reference)).ToList(),
            assessors.Values.ToList(),
            set.Scorecards.Where(s => itemNames.ContainsKey(s.CalibrationItemId) && assessors.ContainsKey(s.AssessorUserId))
                .Select(s => new CalibrationSheet(itemNames[s.CalibrationItemId], assessors[s.AssessorUserId], s.Sheet)).ToList());
    }

    /// <summary>Each assessor of the set by display name, in the order they were asked; a name two
    /// people share gets a number, so the statistics never merge two people.</summary>
    public static IReadOnlyDictionary<Guid, string> AssessorNames(SetView set, IReadOnlyDictionary<Guid, string> names)
    {
        var unique = new Dictionary<Guid, string>();
        foreach (var assessor in set.Assignments.Select(a => a.AssessorUserId))
        {
            var name = names.GetValueOrDefault(assessor, "Assessor");
            var numbered = name;
            for (var n = 2; unique.ContainsValue(numbered); n++) numbered = $"{name} ({n})";
            unique[assessor] = numbered;
        }
        return unique;
    }
}
