using IucRecruit.Data.Listening;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<ListeningAttempt> ListeningAttempts => Set<ListeningAttempt>();
    public DbSet<ListeningAnswer> ListeningAnswers => Set<ListeningAnswer>();
}
