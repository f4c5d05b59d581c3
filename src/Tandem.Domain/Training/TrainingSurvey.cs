namespace Tandem.Domain.Training;

/// <summary>That a person answered a course's survey (so nobody answers twice), kept apart from what they answered.</summary>
public sealed class SurveyParticipation
{
    private SurveyParticipation() { } // EF Core

    public SurveyParticipation(Guid staffMemberId, string courseId)
    {
        StaffMemberId = staffMemberId;
        CourseId = courseId;
    }

    public Guid StaffMemberId { get; private init; }
    public string CourseId { get; private init; } = "";
}

/// <summary>
/// One answer of an anonymous survey response: grouped by a random response id that nothing links to a person (no user,
/// no time), with only the organisation and site it counts for. Agreement from 1 (strongly disagree) to 5 (strongly agree).
/// </summary>
public sealed class SurveyAnswer
{
    private SurveyAnswer() { } // EF Core

    private SurveyAnswer(Guid organisationId, Guid? siteId, string courseId, Guid responseId, string itemId, int agreement)
    {
        OrganisationId = organisationId;
        SiteId = siteId;
        CourseId = courseId;
        ResponseId = responseId;
        ItemId = itemId;
        Agreement = agreement;
    }

    public Guid Id { get; private init; } = Guid.NewGuid(); // random, not time-ordered: no order to correlate with participations
    public Guid OrganisationId { get; private init; }
    public Guid? SiteId { get; private init; }
    public string CourseId { get; private init; } = "";
    public Guid ResponseId { get; private init; }
    public string ItemId { get; private init; } = "";
    public int Agreement { get; private init; }

    /// <summary>
    /// One response: an agreement from 1 to 5 for every statement of the survey, nothing else. Returns the indexes of the
    /// statements answered wrongly or not at all (and no answers) when the response is incomplete.
    /// </summary>
    public static (IReadOnlyList<SurveyAnswer> Answers, IReadOnlyList<int> Invalid) Response(
        Guid organisationId, Guid? siteId, string courseId, CourseSurvey survey, IReadOnlyList<int?> agreements)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(agreements);
        var invalid = Enumerable.Range(0, survey.Items.Count)
            .Where(i => i >= agreements.Count || agreements[i] is not (>= 1 and <= 5))
            .ToList();
        if (invalid.Count > 0 || agreements.Count != survey.Items.Count)
        {
            return ([], invalid.Count > 0 ? invalid : [survey.Items.Count]);
        }

        var responseId = Guid.NewGuid();
        return ([.. survey.Items.Select((item, i) => new SurveyAnswer(organisationId, siteId, courseId, responseId, item.Id, agreements[i]!.Value))], []);
    }
}

/// <summary>A statement's result over a group: the mean agreement, shown only from the minimum group size.</summary>
public sealed record SurveyItemResult(string ItemId, double? Mean, int Answers);

public static class SurveyResults
{
    public static IReadOnlyList<SurveyItemResult> Of(CourseSurvey survey, IEnumerable<SurveyAnswer> answers, int respondents, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var byItem = answers.ToLookup(a => a.ItemId, StringComparer.Ordinal);
        var show = respondents >= minimumGroupSize;
        return [.. survey.Items.Select(item =>
        {
            var given = byItem[item.Id].Select(a => a.Agreement).ToList();
            return new SurveyItemResult(item.Id, show && given.Count > 0 ? given.Average() : null, given.Count);
        })];
    }
}
