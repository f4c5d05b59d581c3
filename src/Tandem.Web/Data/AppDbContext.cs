using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Domain.Guidance;
using Tandem.Domain.Implementation;
using Tandem.Domain.Integration;
using Tandem.Domain.Measurement;
using Tandem.Domain.Organisations;
using Tandem.Domain.Outreach;
using Tandem.Domain.Patients;
using Tandem.Domain.Reminders;
using Tandem.Domain.Reporting;
using Tandem.Domain.SiteContent;
using Tandem.Domain.Training;
using Tandem.Domain.Treatment;
using Tandem.Domain.Work;

namespace Tandem.Web.Data;

/// <summary>The one EF model; <see cref="SqliteAppDbContext"/> and <see cref="PostgresAppDbContext"/> add provider conventions.</summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<PlannedModule> PlannedModules => Set<PlannedModule>();
    public DbSet<Adaptation> Adaptations => Set<Adaptation>();
    public DbSet<SleepWakeEntry> SleepWakeEntries => Set<SleepWakeEntry>();
    public DbSet<ActivityEntry> ActivityEntries => Set<ActivityEntry>();
    public DbSet<SymptomEntry> SymptomEntries => Set<SymptomEntry>();
    public DbSet<ActivityTarget> ActivityTargets => Set<ActivityTarget>();
    public DbSet<ExerciseResponse> ExerciseResponses => Set<ExerciseResponse>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalRating> GoalRatings => Set<GoalRating>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<ReminderSettings> ReminderSettings => Set<ReminderSettings>();
    public DbSet<ReminderJob> ReminderJobs => Set<ReminderJob>();
    public DbSet<SitePageText> SitePageTexts => Set<SitePageText>();
    public DbSet<InstrumentResponse> InstrumentResponses => Set<InstrumentResponse>();
    public DbSet<InstrumentScore> InstrumentScores => Set<InstrumentScore>();
    public DbSet<MeasurementRequest> MeasurementRequests => Set<MeasurementRequest>();

    // schedules
    public DbSet<SteppedCareDecision> SteppedCareDecisions => Set<SteppedCareDecision>();
    // alerts
    public DbSet<MeasurementAlert> MeasurementAlerts => Set<MeasurementAlert>();
    public DbSet<AlertRecipient> AlertRecipients => Set<AlertRecipient>();
    public DbSet<CoverPeriod> CoverPeriods => Set<CoverPeriod>();
    // fhir
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<ImportedQuestionnaire> ImportedQuestionnaires => Set<ImportedQuestionnaire>();
    // guidance
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<Snippet> Snippets => Set<Snippet>();
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();
    public DbSet<Reassignment> Reassignments => Set<Reassignment>();
    public DbSet<SiteHoliday> SiteHolidays => Set<SiteHoliday>();
    public DbSet<CfirRound> CfirRounds => Set<CfirRound>();
    public DbSet<CfirInvitation> CfirInvitations => Set<CfirInvitation>();
    public DbSet<CfirRating> CfirRatings => Set<CfirRating>();
    public DbSet<ImplementationPlan> ImplementationPlans => Set<ImplementationPlan>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();
    public DbSet<MatchingTable> MatchingTables => Set<MatchingTable>();
    public DbSet<MatchingRow> MatchingRows => Set<MatchingRow>();
    public DbSet<NomadRound> NomadRounds => Set<NomadRound>();
    public DbSet<NomadParticipation> NomadParticipations => Set<NomadParticipation>();
    public DbSet<NomadAnswer> NomadAnswers => Set<NomadAnswer>();
    public DbSet<ReAimMonth> ReAimMonths => Set<ReAimMonth>();
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();
    public DbSet<CourseCompletion> CourseCompletions => Set<CourseCompletion>();
    public DbSet<TrainingAssignment> TrainingAssignments => Set<TrainingAssignment>();
    public DbSet<SurveyParticipation> TrainingSurveyParticipations => Set<SurveyParticipation>();
    public DbSet<SurveyAnswer> TrainingSurveyAnswers => Set<SurveyAnswer>();
    // outreach
    public DbSet<SiteChange> SiteChanges => Set<SiteChange>();
    public DbSet<SiteLogo> SiteLogos => Set<SiteLogo>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralEvent> ReferralEvents => Set<ReferralEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The audit log is append-only for the application; the database triggers enforce the same below EF.
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }
    }
}
