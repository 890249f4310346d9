using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<StageEvent> StageEvents => Set<StageEvent>();
    public DbSet<CandidateProgress> CandidateProgress => Set<CandidateProgress>();
    public DbSet<FunnelPositionTally> FunnelPositionTallies => Set<FunnelPositionTally>();
    public DbSet<StageDurationTally> StageDurationTallies => Set<StageDurationTally>();
    public DbSet<EqualityPositionTally> EqualityPositionTallies => Set<EqualityPositionTally>();
    public DbSet<RetentionTally> RetentionTallies => Set<RetentionTally>();
}
