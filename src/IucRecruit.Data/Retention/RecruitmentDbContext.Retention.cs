using IucRecruit.Data.Assessment;
using IucRecruit.Data.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<Employment> Employments => Set<Employment>();
    public DbSet<MockCallScoreOfRecord> MockCallScoresOfRecord => Set<MockCallScoreOfRecord>();
    public DbSet<StarterScore> StarterScores => Set<StarterScore>();
    public DbSet<Starter> Starters => Set<Starter>();
}
