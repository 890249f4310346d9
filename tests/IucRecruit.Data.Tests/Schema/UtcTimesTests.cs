using IucRecruit.Data.Organisations;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Schema;

public sealed class UtcTimesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Times_come_back_as_the_same_UTC_instant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var written = new DateTime(2026, 3, 29, 0, 30, 15, DateTimeKind.Utc).AddTicks(1234560);
        var id = Guid.CreateVersion7();
        await using (var db = database.CreateContext())
        {
            await db.MigrateAsync(database.Options);
            // Written without a kind, as a careless caller might: stored as UTC, not as local time.
            db.Organisations.Add(new Organisation { Id = id, Name = "Trust", CreatedUtc = DateTime.SpecifyKind(written, DateTimeKind.Unspecified) });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var read = (await db.Organisations.SingleAsync(o => o.Id == id)).CreatedUtc;
            Assert.Equal(DateTimeKind.Utc, read.Kind);
            Assert.Equal(written, read);
            Assert.True(await db.Organisations.AnyAsync(o => o.CreatedUtc < written.AddTicks(10)));
        }
    }
}
