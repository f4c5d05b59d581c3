namespace Tandem.Domain.Implementation;

/// <summary>The CFIR-ERIC expert level of a barrier–strategy pair.</summary>
public enum EndorsementLevel
{
    /// <summary>Endorsed by at least 50 % of the experts for that barrier.</summary>
    One = 1,

    /// <summary>Endorsed by 20–49.9 %.</summary>
    Two = 2,

    /// <summary>A source says Level 1 or 2 without saying which.</summary>
    OneOrTwo = 3,
}

/// <summary>One row of the CFIR-ERIC matching table: experts endorsed this strategy for this barrier.</summary>
public sealed record Endorsement(string Barrier, int StrategyId, int? Percent, EndorsementLevel Level)
{
    /// <summary>The level a printed percentage implies (Waltz et al. 2019: ≥ 50 Level 1, 20–49 Level 2, else none).</summary>
    public static EndorsementLevel? LevelOf(int percent) => percent switch
    {
        >= 50 => EndorsementLevel.One,
        >= 20 => EndorsementLevel.Two,
        _ => null,
    };
}
