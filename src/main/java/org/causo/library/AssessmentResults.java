package org.causo.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.causo.audit.AuditTrail;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.library.QuizResults.OfficerResult;
import org.causo.library.QuizResults.PostResult;
import org.causo.library.QuizResults.QuestionStatistics;
import org.causo.library.QuizResults.Status;
import org.causo.library.assessments.AttemptStore;
import org.causo.library.assessments.AttemptStore.Standing;
import org.causo.library.assessments.ItemStatistics;
import org.causo.library.assessments.QuestionStore;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.Scope;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quiz's results within the viewer's scope: who passed, who failed, who has not taken
 * it, per post and per officer, and Moodle's statistics of each question over first
 * attempts. The officers expected to take it are the active accounts of each post with a
 * post role. Names only for those who may see them: the analyst gets figures.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentResults {

	/** The roles whose accounts are expected to take the officers' assessments. */
	public static final List<Role> TAKERS = List.of(Role.POST_COMMANDER, Role.POST_OFFICER, Role.SUPPORT_MEMBER);

	private final Assessments assessments;

	private final AttemptStore attempts;

	private final QuestionStore questions;

	private final BorderPosts posts;

	private final Officers officers;

	private final ListExports exports;

	private final AuditTrail audit;

	AssessmentResults(Assessments assessments, AttemptStore attempts, QuestionStore questions, BorderPosts posts,
			Officers officers, ListExports exports, AuditTrail audit) {
		this.assessments = assessments;
		this.attempts = attempts;
		this.questions = questions;
		this.posts = posts;
		this.officers = officers;
		this.exports = exports;
		this.audit = audit;
	}

	public QuizResults of(Scope scope, long quizId, boolean withNames) {
		Quiz quiz = this.assessments.quiz(quizId);
		List<BorderPost> visible = this.posts.list(scope);
		List<Long> postIds = visible.stream().map(BorderPost::id).toList();
		Map<Long, Standing> standings = this.attempts.standings(quizId, postIds);
		List<PostResult> perPost = new ArrayList<>();
		List<OfficerResult> perOfficer = new ArrayList<>();
		for (BorderPost post : visible) {
			List<Long> expected = this.officers.activeOfficersAt(post.id(), TAKERS);
			int passed = 0;
			int failed = 0;
			for (long id : expected) {
				Standing s = standings.get(id);
				if (s != null) {
					passed += s.passed() ? 1 : 0;
					failed += s.passed() ? 0 : 1;
				}
			}
			perPost.add(new PostResult(post.id(), post.name(), expected.size(), passed, failed,
					expected.size() - passed - failed));
			if (withNames) {
				Map<Long, String> names = this.officers.displayNames(expected);
				for (long id : expected) {
					Standing s = standings.get(id);
					Status status = (s == null) ? Status.NOT_TAKEN : s.passed() ? Status.PASSED : Status.FAILED;
					perOfficer.add(new OfficerResult(names.get(id), post.name(), (s != null) ? s.attempts() : 0,
							(s != null) ? s.best() : null, status));
				}
			}
		}
		return new QuizResults(quiz, perPost, perOfficer, statistics(quizId, postIds));
	}

	/** Moodle's facility and discrimination indices over each officer's first attempt. */
	private List<QuestionStatistics> statistics(long quizId, List<Long> postIds) {
		List<Map<Long, Double>> first = this.attempts.firstAttemptMarks(quizId, postIds);
		Set<Long> ids = new LinkedHashSet<>();
		first.forEach((a) -> ids.addAll(a.keySet()));
		List<Long> ordered = ids.stream().sorted().toList();
		Map<Long, String> texts = new java.util.HashMap<>();
		this.questions.find(ordered).forEach((q) -> texts.put(q.id(), q.text()));
		return ItemStatistics.of(first, ordered)
			.stream()
			.map((i) -> new QuestionStatistics(i.questionId(), texts.get(i.questionId()), i.attempts(), i.facility(),
					i.discrimination(), i.weak()))
			.toList();
	}

	/**
	 * The results as a file: one row per officer for those who see names, one per post
	 * for the analyst. Audited, after the list is written: outside a read-only
	 * transaction.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long export(Scope scope, long quizId, boolean withNames, Download download, Locale locale) {
		QuizResults results = of(scope, quizId, withNames);
		ExportLabels l = this.exports.labels(locale);
		ListExports.Rows rows;
		List<String> header;
		if (withNames) {
			header = List.of("quiz.results.officer", "quiz.results.post", "quiz.results.attempts", "quiz.results.best",
					"quiz.results.status");
			rows = ListExports.of(results.officers(), (o) -> new Object[] { o.name(), o.postName(), o.attempts(),
					(o.best() != null) ? Math.round(o.best()) : null, l.of("quiz.status.", o.status().name()) });
		}
		else {
			header = List.of("quiz.results.post", "quiz.results.officers", "quiz.status.PASSED", "quiz.status.FAILED",
					"quiz.status.NOT_TAKEN");
			rows = ListExports.of(results.posts(),
					(p) -> new Object[] { p.postName(), p.officers(), p.passed(), p.failed(), p.notTaken() });
		}
		return this.exports.write(download, locale, "quiz.results.title", header, rows,
				(done) -> this.audit.record("QUIZ_RESULTS_EXPORTED", "quiz", quizId, done));
	}

}
