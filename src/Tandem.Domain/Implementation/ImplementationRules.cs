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
    public static readonly Rule PlanTitle = new("implementation.plan-title", "Give the plan a title of at most 120 characters.");
    public static readonly Rule PlanGoals = new("implementation.plan-goals", "Write the plan's goals (at most 2000 characters).");
    public static readonly Rule PlanReview = new("implementation.plan-review", "The review date must be today or later, and at most two years away.");
    public static readonly Rule ReviewNote = new("implementation.review-note", "Write what the review concluded (at most 1000 characters).");
    public static readonly Rule ActionDescription = new("implementation.action-description", "Describe the action in at most 300 characters.");
    public static readonly Rule ActionDue = new("implementation.action-due", "The due date must be from yesterday up to two years ahead.");
    public static readonly Rule ActionStatus = new("implementation.action-status", "Choose a status from the list.");
    public static readonly Rule ActionOwner = new("implementation.action-owner", "Choose an owner from the site's staff.");
    public static readonly Rule Concurrent = new("implementation.concurrent", "Someone else changed this plan at the same time; your change was not saved. Check the plan and try again.");
    public static readonly Rule MatchingColumns = new("implementation.matching-columns", "the columns must be: {0}");
    public static readonly Rule MatchingEmpty = new("implementation.matching-empty", "the file has no rows");
    public static readonly Rule MatchingBarrier = new("implementation.matching-barrier", "'{0}' is not a CFIR 2009 barrier of the CFIR-ERIC survey");
    public static readonly Rule MatchingStrategy = new("implementation.matching-strategy", "'{0}' is not an ERIC strategy number (1-73)");
    public static readonly Rule MatchingName = new("implementation.matching-name", "strategy {0} is '{1}', not '{2}'");
    public static readonly Rule MatchingPercent = new("implementation.matching-percent", "percent_endorsed '{0}' must be a whole number from 0 to 100");
    public static readonly Rule MatchingLevel = new("implementation.matching-level", "level '{0}' must be 1 (50 % or more), 2 (20-49 %) or 1-or-2, and agree with the percentage");
    public static readonly Rule MatchingTwice = new("implementation.matching-twice", "'{0}' and strategy {1} appear twice");
    public static readonly Rule NomadAnswer = new("implementation.nomad-answer", "Choose how much you agree, or why the statement is not relevant.");
    public static readonly Rule NomadAnswered = new("implementation.nomad-answered", "You have already answered this survey; answers are anonymous and cannot be changed.");
    public static readonly Rule RatingsConcurrent = new("implementation.ratings-concurrent", "Your ratings were being saved twice at once; check them and save again.");
    public static readonly Rule RatingComment = new("implementation.rating-comment", "A comment can be at most 1000 characters.");
}
