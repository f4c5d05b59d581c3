namespace Tandem.Domain.Implementation;

/// <summary>The rules of the implementation toolkit; each code is also the key of its localised message.</summary>
public static class ImplementationRules
{
    public static readonly Rule RoundTitle = new("implementation.round-title", "Give the round a title of at most 120 characters.");
    public static readonly Rule RoundCloses = new("implementation.round-closes", "The closing date must be today or later, and at most a year away.");
    public static readonly Rule RoundConstructs = new("implementation.round-constructs", "Choose at least one construct to rate.");
    public static readonly Rule RoundInvitees = new("implementation.round-invitees", "Invite at least one colleague.");
    public static readonly Rule RoundClosed = new("implementation.round-closed", "This round is closed; ratings can no longer change.");
    public static readonly Rule RatingScore = new("implementation.rating-score", "Choose a rating from strong barrier to strong facilitator, or \"don't know\".");
    public static readonly Rule RatingComment = new("implementation.rating-comment", "A comment can be at most 1000 characters.");
}
