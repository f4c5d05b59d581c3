using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Domain.Work;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Demo work for patients already enrolled: the first two active enrolments fill in the first feedback moment
/// of their current module and send it; the second one has the therapist's feedback, not yet read.
/// Call after the demo enrolments exist: <c>await DemoWork.SeedAsync(db, catalog, clock.GetUtcNow())</c>.
/// </summary>
public static class DemoWork
{
    public static async Task SeedAsync(AppDbContext db, ProgrammeCatalog catalog, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var enrolments = await db.Enrolments.Include("_modules")
            .Where(e => e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.EnrolledAt)
            .Take(2)
            .ToListAsync(ct);
        for (var i = 0; i < enrolments.Count; i++)
        {
            var enrolment = enrolments[i];
            if (enrolment.Current?.ModuleId is not { } moduleId || catalog.FindModule(moduleId) is not { } module
                || module.Pages.SelectMany(p => p.Blocks).OfType<FeedbackMomentBlock>().FirstOrDefault() is not { } moment
                || await db.Submissions.AnyAsync(s => s.PatientId == enrolment.PatientId, ct))
            {
                continue;
            }

            var sentAt = now.AddDays(-2 - i);
            var answers = new Dictionary<string, Answers>();
            foreach (var exercise in Submission.Included(module, moment).OfType<ExerciseBlock>())
            {
                var response = new ExerciseResponse(enrolment.PatientId, module.Id, exercise.Id);
                var given = SampleAnswers(exercise);
                response.SaveDraft(exercise, given, sentAt.AddMinutes(-20));
                answers[exercise.Id] = given;
                db.ExerciseResponses.Add(response);
            }

            var goals = Submission.Included(module, moment).OfType<GoalBlock>().Any(g => g.Mode == GoalMode.Set)
                ? Goal.Set(enrolment.PatientId, [], ["Twee ochtenden per week in de moestuin werken", "Op zaterdag met mijn dochter de stad in"], 3, module.Id, sentAt.AddMinutes(-30)).Added
                : [];
            db.Goals.AddRange(goals);
            var submission = Submission.Send(
                enrolment.PatientId, module, moment, id => answers.GetValueOrDefault(id) ?? Answers.None, goals,
                "Ik vond het best lastig om doelen te kiezen, maar het is gelukt.", null, sentAt);
            if (i == 1)
            {
                submission.GiveFeedback(
                    "Wat goed dat je zo eerlijk hebt opgeschreven waar je nu staat. Je doelen zijn concreet: je weet wat je wilt doen en hoe vaak. "
                    + "Kijk de komende week eens of je ze nog steeds belangrijk vindt. In de volgende module gaan we aan de slag met je dagritme.",
                    enrolment.EnrolledByUserId,
                    needsApproval: false,
                    sentAt.AddDays(1));
            }

            db.Submissions.Add(submission);
        }

        await db.SaveChangesAsync(ct);
    }

    private static Answers SampleAnswers(ExerciseBlock exercise) => new(exercise.Fields.ToDictionary(
        f => f.Id,
        f => (IReadOnlyList<string>)(f.Kind switch
        {
            FieldKind.Choice or FieldKind.MultiChoice when f.Options.Count > 0 => [f.Options[0].Value],
            FieldKind.Scale or FieldKind.Number => [((int)((f.Min ?? 0) + (f.Max ?? 10)) / 2).ToString(CultureInfo.InvariantCulture)],
            FieldKind.Time => ["09:00"],
            FieldKind.Text => ["Elke dinsdag en vrijdag"],
            FieldKind.LongText => ["Na een drukke dag heb ik vaak twee dagen nodig om bij te komen. Dat wil ik graag veranderen."],
            _ => [],
        })));
}
