using IucRecruit.Data.Messages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<MessageWordingRecord> MessageWordings => Set<MessageWordingRecord>();
}
