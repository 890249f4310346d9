using IucRecruit.Data.Assessment;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<MockCallScorecard> MockCallScorecards => Set<MockCallScorecard>();
    public DbSet<MockCallModeration> MockCallModerations => Set<MockCallModeration>();
    public DbSet<MockCallResult> MockCallResults => Set<MockCallResult>();
    public DbSet<CandidateFeedback> CandidateFeedback => Set<CandidateFeedback>();
    public DbSet<CallSpeechAnalytics> CallSpeechAnalytics => Set<CallSpeechAnalytics>();
}
