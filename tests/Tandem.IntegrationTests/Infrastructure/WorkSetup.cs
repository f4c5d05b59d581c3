using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Programmes;
using Tandem.Domain.Work;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Infrastructure;

public static class WorkSetup
{
    /// <summary>A goal and the sending of CFS module 1's feedback moment, as the patient would do them; returns the submission id.</summary>
    public static Task<Guid> SendModule1Async(this TandemApp app, Guid patientId) => app.WithDbAsync(async db =>
    {
        var module = app.Services.GetRequiredService<ProgrammeCatalog>().FindModule("cfs-01-getting-started")!;
        var moment = module.Pages.SelectMany(p => p.Blocks).OfType<FeedbackMomentBlock>().Single();
        var now = app.Clock.GetUtcNow();
        var goals = Goal.Set(patientId, [], ["Walk to the market on Saturday"], 3, module.Id, now).Added;
        var submission = Submission.Send(patientId, module, moment, _ => Answers.None, goals, null, null, now);
        db.Goals.AddRange(goals);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission.Id;
    });
}
