using IucRecruit.Data.Candidates;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<Candidate> Candidates => Set<Candidate>();
}
