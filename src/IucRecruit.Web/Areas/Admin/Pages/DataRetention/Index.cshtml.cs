using IucRecruit.Core.Privacy;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Admin.Pages.DataRetention;

/// <summary>Data retention: the periods in force, when the purge runs next, what the next purge
/// would remove (a dry run, on request), and the record of every erasure and purge.</summary>
public sealed class IndexModel(RecruitmentDbContext db, DataRetentionPurge purge, IOptions<DataRetentionOptions> options, TimeProvider clock) : PageModel
{
    public const int Shown = 50;

    public sealed record RecordLine(DeletionRecord Record, DeletionSummary Summary);

    [BindProperty(SupportsGet = true, Name = "preview")] public bool Preview { get; set; }

    public DataRetentionOptions Periods => options.Value;
    public DateTime NextRunUtc => DataRetentionRules.NextRunUtc(clock.GetUtcNow().UtcDateTime, Periods.PurgeTime);
    public DataRetentionPurge.Result? DryRun { get; private set; }
    public IReadOnlyList<RecordLine> Records { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Preview) DryRun = await purge.RunAsync(dryRun: true, Actor.ScheduledPurge, HttpContext.RequestAborted);
        Records = (await db.DeletionRecords.AsNoTracking().OrderByDescending(r => r.AtUtc).Take(Shown).ToListAsync(HttpContext.RequestAborted))
            .Select(r => new RecordLine(r, DeletionSummary.FromJson(r.Summary))).ToList();
    }
}
