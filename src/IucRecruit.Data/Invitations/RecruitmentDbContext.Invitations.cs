using IucRecruit.Data.Invitations;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<CandidateInvitation> CandidateInvitations => Set<CandidateInvitation>();
}
