using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Import;

/// <summary>
/// Adds applicants to a campaign from an applicant-tracking system's export, CSV or .xlsx, in our
/// column names or as NHS Jobs and TRAC head them (columns in docs/imports.md). All or nothing: every row is checked first, and one error anywhere means
/// nothing is added and every error is reported. An applicant whose email address the campaign
/// already has is left as they are, so importing the same file twice changes nothing.
/// </summary>
public sealed class ApplicantImport(RecruitmentDbContext db, TimeProvider clock)
{
    public static readonly ImportColumns Columns = new(
        ["email", "given_name", "family_name", "channel", "applied_on"],
        [
            "mobile_number", "sex", "age_band", "ethnicity", "disability", "religion", "sexual_orientation",
            "adjustment_notes", "preferred_contract_types", "flexible_working_notes",
        ],
        new Dictionary<string, string>
        {
            // NHS Jobs' and TRAC's headings for the same things.
            ["email_address"] = "email",
            ["mobile"] = "mobile_number",
            ["mobile_phone"] = "mobile_number",
            ["mobile_phone_number"] = "mobile_number",
            ["mobile_telephone"] = "mobile_number",
            ["mobile_telephone_number"] = "mobile_number",
            ["mobile_no"] = "mobile_number",
            ["first_name"] = "given_name",
            ["forename"] = "given_name",
            ["forenames"] = "given_name",
            ["last_name"] = "family_name",
            ["surname"] = "family_name",
            ["source"] = "channel",
            ["application_source"] = "channel",
            ["advert_source"] = "channel",
            ["application_date"] = "applied_on",
            ["date_applied"] = "applied_on",
            ["date_submitted"] = "applied_on",
            ["application_submitted"] = "applied_on",
            ["submitted_date"] = "applied_on",
            ["gender"] = "sex",
            ["age"] = "age_band",
            ["age_group"] = "age_band",
            ["ethnic_origin"] = "ethnicity",
            ["ethnic_group"] = "ethnicity",
            ["disabled"] = "disability",
            ["religion_or_belief"] = "religion",
            ["sexuality"] = "sexual_orientation",
        });

    /// <summary>Imports this large change the data enough to refresh the query planner's statistics.</summary>
    public const int LargeImport = 10_000;

    public async Task<ImportResult> RunAsync(ImportFile file, Guid campaignId, Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null) return ImportResult.Failed(new ImportError(0, "campaign", campaignId.ToString(), "an existing campaign"));
        var table = await ImportTable.ReadAsync(file, Columns, cancellationToken);
        return await AddAsync(campaign, table, $"Imported from {file.Name}", actorUserId, cancellationToken);
    }

    /// <summary>One applicant entered by hand: the same checks as a row of a file (row 0, each error
    /// naming its column), and an address the campaign already has is an error rather than left as it is.</summary>
    /// <param name="values">By column name (<see cref="Columns"/>); empty or absent for no value.</param>
    public async Task<ImportResult> AddOneAsync(IReadOnlyDictionary<string, string?> values, Guid campaignId, Guid? actorUserId,
        CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null) return ImportResult.Failed(new ImportError(0, "campaign", campaignId.ToString(), "an existing campaign"));
        var row = new CsvRow(0, values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!.Trim(), StringComparer.Ordinal));
        var result = await AddAsync(campaign, new ImportTable([row], [], []), "Added by hand", actorUserId, cancellationToken);
        return result.Unchanged == 1
            ? result with { Unchanged = 0, Errors = [new ImportError(0, "email", row["email"]!, "an address this campaign does not already have")] }
            : result;
    }

    private async Task<ImportResult> AddAsync(Campaign campaign, ImportTable table, string reason, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var errors = table.Errors.ToList();
        var values = new ImportValues(errors);
        var existing = (await db.Candidates.Where(c => c.CampaignId == campaign.Id).Select(c => c.Email).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstSeen = new Dictionary<string, long>(StringComparer.Ordinal);
        var added = new List<NewCandidate>();
        var unchanged = 0;
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var row in table.Rows)
        {
            var errorsBefore = errors.Count;
            var email = values.Email(row, "email");
            var mobile = values.MobileNumber(row, "mobile_number");
            var details = new
            {
                Given = values.Text(row, "given_name", 100, required: true),
                Family = values.Text(row, "family_name", 100, required: true),
                Channel = values.Choice<RecruitmentChannel>(row, "channel", c => c.DisplayName(), required: true),
                Applied = values.Date(row, "applied_on", required: true),
                Equality = EqualityAnswers(row, values, now),
                Adjustments = values.Text(row, "adjustment_notes", 1000),
                Contracts = values.Choices<ContractType>(row, "preferred_contract_types", c => c.DisplayName()),
                Flexible = values.Text(row, "flexible_working_notes", 1000),
            };
            if (details.Applied is { } applied && Applicants.Refusal(campaign, EmploymentRecords.Utc(applied), now) is { } refusal)
                errors.Add(new ImportError(row.Line, "applied_on", row["applied_on"]!, refusal));
            if (email is not null && !firstSeen.TryAdd(email, row.Line))
                errors.Add(new ImportError(row.Line, "email", email, $"an address not already used in this file (it is on row {firstSeen[email]})"));
            if (errors.Count > errorsBefore) continue;
            if (existing.Contains(email!))
            {
                unchanged++;
                continue;
            }
            var (candidate, _) = Applicants.Build(campaign,
                new ApplicantDetails(details.Given!, details.Family!, email!, details.Channel!.Value, EmploymentRecords.Utc(details.Applied!.Value),
                    details.Equality, details.Contracts, details.Flexible, details.Adjustments, mobile),
                actorUserId, reason, now);
            added.Add(candidate!); // its date was checked above
        }

        var result = new ImportResult(table.Rows.Count, added.Count, 0, unchanged, errors, table.IgnoredColumns);
        if (!result.Succeeded || added.Count == 0) return result;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await NewCandidates.WriteAsync(db, added, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (added.Count >= LargeImport) await DatabaseStatistics.RefreshAsync(db, cancellationToken);
        return result;
    }

    private static EqualityMonitoring? EqualityAnswers(CsvRow row, ImportValues values, DateTime nowUtc)
    {
        row = EqualityWording.AsOurs(row);
        var answers = new EqualityMonitoring
        {
            Sex = values.Choice<Sex>(row, "sex", Name),
            AgeBand = values.Choice<AgeBand>(row, "age_band", Name),
            Ethnicity = values.Choice<Ethnicity>(row, "ethnicity", Name),
            Disability = values.Choice<Disability>(row, "disability", Name),
            Religion = values.Choice<Religion>(row, "religion", Name),
            SexualOrientation = values.Choice<SexualOrientation>(row, "sexual_orientation", Name),
            RecordedUtc = nowUtc,
        };
        return answers is { Sex: null, AgeBand: null, Ethnicity: null, Disability: null, Religion: null, SexualOrientation: null }
            ? null
            : answers;
    }

    private static string Name<T>(T value) where T : struct, Enum => ProtectedCharacteristics.GroupDisplayName(value.ToString());
}
