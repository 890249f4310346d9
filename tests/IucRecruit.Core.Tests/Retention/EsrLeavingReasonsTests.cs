using IucRecruit.Core.Retention;

namespace IucRecruit.Core.Tests.Retention;

/// <summary>ESR's reasons for leaving against a table written out by hand from the guide's reading
/// (seeds/001: positive is promotion, clinical or further training, another NHS role or provider;
/// negative is stress, ill health, poor Equality Act provision, bullying, lack of support; all else
/// other), not from the product's own map.</summary>
public sealed class EsrLeavingReasonsTests
{
    public static TheoryData<string, LeavingCategory> Expected => new()
    {
        { "Voluntary Resignation - Promotion", LeavingCategory.Positive },
        { "Voluntary Resignation - To undertake further education or training", LeavingCategory.Positive },
        { "Employee Transfer", LeavingCategory.Positive },
        { "Voluntary Resignation - Work Life Balance", LeavingCategory.Negative },
        { "Voluntary Resignation - Incompatible Working Relationships", LeavingCategory.Negative },
        { "Voluntary Resignation - Health", LeavingCategory.Negative },
        { "Voluntary Resignation - Lack of Opportunities", LeavingCategory.Negative },
        { "Retirement - Ill Health", LeavingCategory.Negative },
        { "Voluntary Resignation - Relocation", LeavingCategory.Other },
        { "Voluntary Resignation - Better Reward Package", LeavingCategory.Other },
        { "Voluntary Resignation - Child Dependants", LeavingCategory.Other },
        { "Voluntary Resignation - Adult Dependants", LeavingCategory.Other },
        { "Voluntary Resignation - Other/Not Known", LeavingCategory.Other },
        { "Dismissal - Capability", LeavingCategory.Other },
        { "Dismissal - Conduct", LeavingCategory.Other },
        { "Dismissal - Statutory Reason", LeavingCategory.Other },
        { "Dismissal - Some Other Substantial Reason", LeavingCategory.Other },
        { "End of Fixed Term Contract", LeavingCategory.Other },
        { "End of Fixed Term Contract - Completion of Training Scheme", LeavingCategory.Other },
        { "End of Fixed Term Contract - End of Work Requirement", LeavingCategory.Other },
        { "End of Fixed Term Contract - External Rotation", LeavingCategory.Other },
        { "End of Fixed Term Contract - Other", LeavingCategory.Other },
        { "Retirement Age", LeavingCategory.Other },
        { "Flexi Retirement", LeavingCategory.Other },
        { "Voluntary Early Retirement - with Actuarial Reduction", LeavingCategory.Other },
        { "Voluntary Early Retirement - no Actuarial Reduction", LeavingCategory.Other },
        { "Redundancy - Voluntary", LeavingCategory.Other },
        { "Redundancy - Compulsory", LeavingCategory.Other },
        { "Mutually Agreed Resignation", LeavingCategory.Other },
        { "Death in Service", LeavingCategory.Other },
        { "Bank Staff not fulfilled minimum work requirement", LeavingCategory.Other },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_value_reads_back_in_its_exact_wording_and_counts_as_the_guide_reads_it(string wording, LeavingCategory kind)
    {
        var reason = EsrLeavingReasons.Parse(wording);

        Assert.NotNull(reason);
        Assert.Equal((wording, kind), (reason.Value.Wording(), reason.Value.Category()));
    }

    [Fact]
    public void Every_value_is_in_the_hand_written_table_once()
    {
        var parsed = Expected.Select(row => EsrLeavingReasons.Parse((string)row[0])).ToList();

        Assert.Equal(Enum.GetValues<EsrLeavingReason>().Order(), parsed.Select(p => p!.Value).Order());
    }

    [Theory]
    [InlineData("voluntary resignation - work life balance", EsrLeavingReason.VoluntaryResignationWorkLifeBalance)]
    [InlineData("Voluntary Resignation – Work Life Balance", EsrLeavingReason.VoluntaryResignationWorkLifeBalance)]
    [InlineData("  VOLUNTARY RESIGNATION-WORK  LIFE BALANCE ", EsrLeavingReason.VoluntaryResignationWorkLifeBalance)]
    [InlineData("Voluntary Resignation - Other / Not known", EsrLeavingReason.VoluntaryResignationOtherNotKnown)]
    [InlineData("end of fixed term contract – completion of training scheme", EsrLeavingReason.EndOfFixedTermContractCompletionOfTrainingScheme)]
    public void Case_spacing_and_the_dash_do_not_matter(string written, EsrLeavingReason expected) =>
        Assert.Equal(expected, EsrLeavingReasons.Parse(written));

    [Theory]
    [InlineData("Voluntary Resignation")]
    [InlineData("Promotion")]
    [InlineData("Resigned - Promotion")]
    public void A_value_that_is_not_one_of_ESRs_is_not_guessed(string written) => Assert.Null(EsrLeavingReasons.Parse(written));

    [Fact]
    public void The_exit_interviews_reason_decides_the_kind_when_there_is_one()
    {
        Assert.Equal(LeavingCategory.Negative, EsrLeavingReasons.Kind(EsrLeavingReason.VoluntaryResignationOtherNotKnown, LeavingReason.Bullying));
        Assert.Equal(LeavingCategory.Negative, EsrLeavingReasons.Kind(EsrLeavingReason.VoluntaryResignationPromotion, LeavingReason.Stress));
        Assert.Equal(LeavingCategory.Positive, EsrLeavingReasons.Kind(EsrLeavingReason.EmployeeTransfer, null));
        Assert.Equal(LeavingCategory.Positive, EsrLeavingReasons.Kind(null, LeavingReason.ClinicalTraining));
        Assert.Equal(LeavingCategory.Other, EsrLeavingReasons.Kind(null, null));
    }
}
