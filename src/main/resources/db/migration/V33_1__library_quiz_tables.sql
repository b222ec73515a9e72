-- Officers' assessments and the residents' self-check (issue #15): a question bank,
-- quizzes drawn from it, attempts with their answers, and anonymous self-check counts.

create table quiz_question (
    id           bigserial primary key,
    kind         varchar(10)   not null check (kind in ('SINGLE', 'MULTIPLE')),
    topic        varchar(20)   not null,
    language     varchar(8)    not null,
    text         varchar(1000) not null,
    picture      bytea,
    picture_type varchar(20),
    retired      boolean       not null default false,
    changed_by   varchar(100)  not null
);

create index quiz_question_drawn on quiz_question (topic, language) where not retired;

-- an option's position is its number in the question, from 1; its mark is Moodle's
-- fraction (see Marking)
create table quiz_option (
    question_id bigint       not null references quiz_question (id) on delete cascade,
    position    int          not null,
    text        varchar(500) not null,
    correct     boolean      not null,
    primary key (question_id, position)
);

create table quiz (
    id                 bigserial primary key,
    title              varchar(200) not null,
    topic              varchar(20),
    language           varchar(8)   not null,
    question_count     int          not null check (question_count between 1 and 50),
    random_per_attempt boolean      not null,
    fixed_questions    bigint[],
    pass_percent       int          not null check (pass_percent between 1 and 100),
    time_limit_minutes int check (time_limit_minutes between 1 and 600),
    max_attempts       int check (max_attempts between 1 and 100),
    wait_minutes       int          not null default 0 check (wait_minutes between 0 and 100000),
    for_residents      boolean      not null default false,
    created_by         varchar(100) not null
);

-- the officer's post at the time of the attempt: results per post read it
create table quiz_attempt (
    id          bigserial primary key,
    quiz_id     bigint      not null references quiz (id),
    officer_id  bigint      not null,
    post_id     bigint,
    number      int         not null,
    questions   bigint[]    not null,
    started_at  timestamptz not null,
    deadline    timestamptz,
    finished_at timestamptz,
    late        boolean     not null default false,
    score       numeric(9, 4),
    passed      boolean,
    unique (quiz_id, officer_id, number)
);

create index quiz_attempt_by_post on quiz_attempt (quiz_id, post_id);

create table quiz_answer (
    attempt_id  bigint        not null references quiz_attempt (id) on delete cascade,
    question_id bigint        not null references quiz_question (id),
    chosen      int[]         not null,
    mark        numeric(9, 4) not null,
    primary key (attempt_id, question_id)
);

-- the residents' self-check keeps counts only: per question, option and day, nothing
-- about who answered or when within the day
create table quiz_check_count (
    quiz_id     bigint not null references quiz (id),
    question_id bigint not null references quiz_question (id),
    position    int    not null,
    day         date   not null,
    answers     bigint not null,
    primary key (quiz_id, question_id, position, day)
);
