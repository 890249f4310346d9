using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Invitations;

internal sealed class CandidateInvitationConfiguration : IEntityTypeConfiguration<CandidateInvitation>
{
    public void Configure(EntityTypeBuilder<CandidateInvitation> invitation)
    {
        invitation.HasOne(i => i.Candidate).WithMany().HasForeignKey(i => i.CandidateId);
    }
}
