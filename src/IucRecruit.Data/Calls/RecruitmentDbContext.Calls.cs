using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<AssessmentDay> AssessmentDays => Set<AssessmentDay>();
    public DbSet<MockCall> MockCalls => Set<MockCall>();
    public DbSet<MockCallEvent> MockCallEvents => Set<MockCallEvent>();
    public DbSet<CallRecording> CallRecordings => Set<CallRecording>();
}
