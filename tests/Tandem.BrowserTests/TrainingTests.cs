using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using Tandem.Domain.Training;
using Tandem.Web.Content;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class TrainingTests(TandemApp app)
{
    [Fact]
    public async Task A_supervisor_assigns_the_course_and_sees_the_therapist_do_a_lesson_on_a_phone_in_Dutch()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var supervisor = await app.Accounts.CreateColleagueAsync(therapist, Role.Supervisor, "Sanne Supervisor");
        await using var supervisorContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var supervisorPage = await supervisorContext.NewPageAsync();
        await supervisorPage.SignInStaffAsync(supervisor);

        await supervisorPage.GetByRole(AriaRole.Link, new() { Name = "eCoach training", Exact = true }).ClickAsync();
        await supervisorPage.AccessibleAsync("training-01-course-en");
        await supervisorPage.GetByRole(AriaRole.Link, new() { Name = "Training of your team: assign the course and follow progress" }).ClickAsync();
        await supervisorPage.AccessibleAsync("training-02-team-en");
        await supervisorPage.Locator("#StaffMemberId").SelectOptionAsync(new SelectOptionValue { Label = therapist.DisplayName });
        await supervisorPage.Locator("#DueOn").FillAsync(Tandem.Domain.ClinicCalendar.DateOf(TimeProvider.System.GetUtcNow()).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await supervisorPage.GetByRole(AriaRole.Button, new() { Name = "Assign the training" }).ClickAsync();
        await Expect(supervisorPage.Locator(".flash-info")).ToContainTextAsync(therapist.DisplayName);
        var row = supervisorPage.Locator("table.training-team tbody tr", new() { HasText = therapist.DisplayName });
        await Expect(row).ToContainTextAsync("By Sanne Supervisor");
        await Expect(row).ToContainTextAsync("0 of 4 lessons done");
        await Expect(supervisorPage.GetByRole(AriaRole.Button, new() { Name = "Withdraw the assignment" })).ToBeVisibleAsync();
        await supervisorPage.AccessibleAsync("training-02b-team-assigned-en");

        await using var phone = await app.NewContextAsync(Viewports.Phone, "nl-NL");
        var page = await phone.NewPageAsync();
        await page.SignInStaffAsync(therapist);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.GotoAsync("/Staff");
        await Expect(page.Locator(".training-todo")).ToContainTextAsync("Je bent gevraagd de training voor e-coaches te volgen");
        await page.AccessibleAsync("training-03-start-phone-nl");
        await page.Locator(".training-todo").GetByRole(AriaRole.Link, new() { Name = "Naar de training" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online begeleiden als e-coach");
        await Expect(page.Locator("main")).ToContainTextAsync("Sanne Supervisor heeft je gevraagd deze training te volgen");
        await page.AccessibleAsync("training-04-course-phone-nl");

        await page.GetByRole(AriaRole.Link, new() { Name = "De behandelingen: wat je patiënten doen en waarom" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("De behandelingen: wat je patiënten doen en waarom");
        await page.GetByLabel("Wat zou voor deze patiënt een eerste stap zijn die ook op een slechte dag lukt?").FillAsync("Elke dag vijf minuten naar buiten.");
        await Expect(page.Locator("#pattern-in-practice .autosave-status")).ToContainTextAsync("Opgeslagen om");
        await page.AccessibleAsync("training-05-lesson-phone-nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Markeer als klaar" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToContainTextAsync("is gemarkeerd als klaar");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 van 4 lessen klaar");

        await supervisorPage.ReloadAsync();
        await Expect(row).ToContainTextAsync("1 of 4 lessons done");
        await Expect(row).ToContainTextAsync("Not yet");
    }

    [Fact]
    public async Task A_therapist_who_completed_the_course_answers_the_survey_once_and_a_lead_sees_results_wait_for_five()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var lead = await app.Accounts.CreateColleagueAsync(therapist, Role.ImplementationLead, "Ilse Lead");
        await CompleteCourseAsync(therapist);
        await using var phone = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await phone.NewPageAsync();
        await page.SignInStaffAsync(therapist);

        await page.GotoAsync("/Staff/Training");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("4 of 4 lessons done");
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        await page.AccessibleAsync("training-06-survey-phone-en");
        var statements = page.Locator("fieldset.card");
        await Expect(statements).ToHaveCountAsync(8);
        for (var i = 0; i < 7; i++)
        {
            await statements.Nth(i).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Choose how much you agree with each statement.");
        await page.AccessibleAsync("training-07-survey-error-phone-en");
        await page.Locator("fieldset.card").Nth(7).GetByLabel("Strongly agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToContainTextAsync("your answers are saved anonymously");

        await using var desktop = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var leadPage = await desktop.NewPageAsync();
        await leadPage.SignInStaffAsync(lead);
        await leadPage.GotoAsync("/Staff/Training");
        await leadPage.GetByRole(AriaRole.Link, new() { Name = "Results of the questions after the training" }).ClickAsync();
        await Expect(leadPage.Locator(".lead")).ToContainTextAsync("Respondents from your site: 1.");
        await Expect(leadPage.Locator(".status")).ToContainTextAsync("Results appear from 5 respondents");
        await leadPage.AccessibleAsync("training-08-results-en");
    }

    private async Task CompleteCourseAsync(StaffMember member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var course = scope.ServiceProvider.GetRequiredService<TrainingCatalog>().ECoach;
        var user = await db.Users.SingleAsync(u => u.Email == member.Email);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var lesson in course.Lessons)
        {
            var progress = new LessonProgress(user.Id, course.Id, lesson.Id);
            progress.MarkDone(now);
            db.LessonProgress.Add(progress);
        }

        db.CourseCompletions.Add(CourseCompletion.For(course, user.Id, course.Lessons.Select(l => l.Id), now));
        await db.SaveChangesAsync();
    }
}
