using IucRecruit.Data.Practice;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<PracticeAttempt> PracticeAttempts => Set<PracticeAttempt>();
}
