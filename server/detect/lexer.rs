//! Splits one line of code into tokens, knowing each language's comments and strings.
//!
//! The lexer is line-based: what crosses a line break (a block comment, a multi-line string) is
//! a [`Mode`], taken at the line's start and returned at its end. Nothing here panics on any
//! input; offsets are byte offsets into the line, always on character boundaries.

/// What is open at a line boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    #[default]
    Code,
    /// Inside a block comment; `depth` counts nesting where the language nests them.
    Comment { depth: u8 },
    /// Inside a string that may span lines.
    Str(LongString),
}

/// The kinds of string that can span lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LongString {
    /// `"""…"""` or `'''…'''`.
    Triple(u8),
    /// A JavaScript template literal.
    Backtick,
    /// A Go raw string: `` `…` ``, no escapes.
    GoRaw,
    /// A Rust string, plain (`"…"`, escapes) or raw (`r#"…"#`, `hashes` of them).
    Rust { raw: bool, hashes: u8 },
    /// A C# verbatim string `@"…"` (`""` is a quote).
    Verbatim,
    /// A Lua long bracket `[==[ … ]==]` with `level` equals signs.
    LuaLong(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    /// An integer literal; `value` saturates. Floats and hex are `Other`.
    Int(u32),
    /// A number that is not a plain decimal integer (`1.5`, `0x1F`, `1e3`).
    OtherNumber,
    /// A string literal; `content` is the byte range between the quotes.
    Str {
        content: (u32, u32),
    },
    /// A Ruby or Elixir symbol: `:not_found`.
    Symbol,
    Punct(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
}

impl Token {
    pub fn text<'a>(&self, line: &'a str) -> &'a str {
        line.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    pub fn is(&self, punct: &str) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == punct)
    }

    pub fn is_ident(&self) -> bool {
        self.kind == Kind::Ident
    }

    /// The text between the quotes of a string token.
    pub fn content<'a>(&self, line: &'a str) -> Option<&'a str> {
        match self.kind {
            Kind::Str { content: (a, b) } => line.get(a as usize..b as usize),
            _ => None,
        }
    }
}

/// How a language writes comments and strings.
#[derive(Debug, Clone, Copy)]
pub struct Syntax {
    pub line_comments: &'static [&'static str],
    /// Line comments that count only at the start of a line (after indentation).
    pub line_start_comments: &'static [&'static str],
    pub block_comment: Option<(&'static str, &'static str)>,
    pub nested_comments: bool,
    pub single_quote_strings: bool,
    pub triple_quotes: bool,
    pub backtick_template: bool,
    pub go_raw: bool,
    pub rust_strings: bool,
    pub verbatim: bool,
    pub lua_long: bool,
    /// `$` may start an identifier (PHP, shell, JavaScript).
    pub dollar_idents: bool,
    /// Identifiers may end in `!` or `?` (Ruby); `:name` is a symbol (Ruby, Elixir).
    pub ruby_like: bool,
    /// `#` starts a comment only at the start of a word (shell, config files).
    pub hash_needs_word_start: bool,
    /// `-eq`, `-ne`… are comparison operators (shell).
    pub dash_operators: bool,
    /// `=begin`/`=end` block comments (Ruby).
    pub begin_end_comments: bool,
}

const BASE: Syntax = Syntax {
    line_comments: &[],
    line_start_comments: &[],
    block_comment: None,
    nested_comments: false,
    single_quote_strings: true,
    triple_quotes: false,
    backtick_template: false,
    go_raw: false,
    rust_strings: false,
    verbatim: false,
    lua_long: false,
    dollar_idents: false,
    ruby_like: false,
    hash_needs_word_start: false,
    dash_operators: false,
    begin_end_comments: false,
};

pub const C_LIKE: Syntax = Syntax {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    ..BASE
};
pub const PYTHON: Syntax = Syntax {
    line_comments: &["#"],
    triple_quotes: true,
    ..BASE
};
pub const JAVASCRIPT: Syntax = Syntax {
    backtick_template: true,
    dollar_idents: true,
    ..C_LIKE
};
pub const GO: Syntax = Syntax {
    go_raw: true,
    ..C_LIKE
};
pub const RUST: Syntax = Syntax {
    nested_comments: true,
    rust_strings: true,
    single_quote_strings: false,
    ..C_LIKE
};
pub const JVM: Syntax = Syntax {
    triple_quotes: true,
    ..C_LIKE
};
pub const NESTING_JVM: Syntax = Syntax {
    nested_comments: true,
    ..JVM
};
pub const CSHARP: Syntax = Syntax {
    verbatim: true,
    triple_quotes: true,
    ..C_LIKE
};
pub const RUBY: Syntax = Syntax {
    line_comments: &["#"],
    ruby_like: true,
    begin_end_comments: true,
    dollar_idents: true,
    ..BASE
};
pub const PHP: Syntax = Syntax {
    line_comments: &["//", "#"],
    dollar_idents: true,
    ..C_LIKE
};
pub const ELIXIR: Syntax = Syntax {
    line_comments: &["#"],
    triple_quotes: true,
    ruby_like: true,
    ..BASE
};
pub const SWIFT: Syntax = Syntax {
    nested_comments: true,
    triple_quotes: true,
    single_quote_strings: false,
    ..C_LIKE
};
pub const DART: Syntax = Syntax {
    triple_quotes: true,
    dollar_idents: false,
    ..C_LIKE
};
pub const LUA: Syntax = Syntax {
    line_comments: &["--"],
    lua_long: true,
    ..BASE
};
pub const SHELL: Syntax = Syntax {
    line_comments: &["#"],
    hash_needs_word_start: true,
    dollar_idents: true,
    dash_operators: true,
    ..BASE
};
pub const JSON: Syntax = Syntax {
    single_quote_strings: false,
    ..C_LIKE
};
/// `.http` request files: comments only at the start of a line, so URLs survive.
pub const HTTP_FILE: Syntax = Syntax {
    line_start_comments: &["#", "//"],
    single_quote_strings: false,
    ..BASE
};
/// nginx, Apache and Caddy configuration.
pub const DIRECTIVES: Syntax = Syntax {
    line_comments: &["#"],
    hash_needs_word_start: true,
    ..BASE
};

const PUNCTS: &[&str] = &[
    "===", "!==", "...", "..=", "..<", "<=>", "**=", "::", "->", "=>", "==", "!=", "<=", ">=",
    "&&", "||", "|>", "?.", "..", ":=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "=~",
    "!~", "~=", "??",
];

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tokenises `line`, which starts in `mode`; appends to `out` and returns the mode at its end.
pub fn tokenize(syntax: &Syntax, line: &str, mode: Mode, out: &mut Vec<Token>) -> Mode {
    let mut lexer = Lexer {
        syntax,
        line,
        bytes: line.as_bytes(),
        pos: 0,
        out,
    };
    lexer.run(mode)
}

struct Lexer<'a, 'o> {
    syntax: &'a Syntax,
    line: &'a str,
    bytes: &'a [u8],
    pos: usize,
    out: &'o mut Vec<Token>,
}

impl Lexer<'_, '_> {
    fn rest(&self) -> &str {
        self.line.get(self.pos..).unwrap_or("")
    }

    fn starts_with(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.rest().chars().nth(n)
    }

    fn prev_char(&self) -> Option<char> {
        self.line
            .get(..self.pos)
            .and_then(|s| s.chars().next_back())
    }

    fn push(&mut self, kind: Kind, start: usize, end: usize) {
        self.out.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
        });
    }

    fn at_line_start(&self) -> bool {
        self.line
            .get(..self.pos)
            .is_some_and(|s| s.trim().is_empty())
    }

    fn run(&mut self, mode: Mode) -> Mode {
        if self.line.len() > u32::MAX as usize {
            return mode;
        }
        let mut mode = mode;
        loop {
            mode = match mode {
                Mode::Code => match self.code() {
                    Some(next) => next,
                    None => return Mode::Code,
                },
                Mode::Comment { depth } => match self.block_comment(depth) {
                    Ok(next) => next,
                    Err(depth) => return Mode::Comment { depth },
                },
                Mode::Str(kind) => {
                    let start = self.pos;
                    match self.long_string(kind) {
                        Some(content_end) => {
                            // A string continued from an earlier line: its content is not
                            // one literal, so record it only as a closed string token.
                            self.push(
                                Kind::Str {
                                    content: (start as u32, content_end as u32),
                                },
                                start,
                                self.pos,
                            );
                            Mode::Code
                        }
                        None => return Mode::Str(kind),
                    }
                }
            };
            if self.pos >= self.bytes.len() && mode == Mode::Code {
                return Mode::Code;
            }
        }
    }

    /// Lexes code until the end of the line (`None`) or until a comment or string opens that
    /// continues past what this call handles (`Some(mode)`).
    fn code(&mut self) -> Option<Mode> {
        let syntax = self.syntax;
        while let Some(c) = self.peek() {
            let start = self.pos;
            if c.is_whitespace() {
                self.pos += c.len_utf8();
                continue;
            }
            // Comments.
            if syntax.begin_end_comments && start == 0 && self.starts_with("=begin") {
                self.pos = self.bytes.len();
                return Some(Mode::Comment { depth: 1 });
            }
            if syntax.lua_long && self.starts_with("--[") {
                if let Some(level) = long_bracket_level(&self.rest()[2..]) {
                    self.pos += 2 + level as usize + 2;
                    return Some(Mode::Comment { depth: level + 1 });
                }
            }
            if syntax
                .line_comments
                .iter()
                .any(|m| self.starts_with(m) && self.comment_may_start(m))
                || (self.at_line_start()
                    && syntax
                        .line_start_comments
                        .iter()
                        .any(|m| self.starts_with(m)))
            {
                self.pos = self.bytes.len();
                return None;
            }
            if let Some((open, _)) = syntax.block_comment
                && self.starts_with(open)
            {
                self.pos += open.len();
                return Some(Mode::Comment { depth: 1 });
            }
            // Strings.
            if let Some(mode) = self.string_start(c) {
                match mode {
                    Some(mode) => return Some(mode),
                    None => continue,
                }
            }
            // Numbers.
            if c.is_ascii_digit() {
                self.number();
                continue;
            }
            // Identifiers.
            if is_ident_start(c) || (syntax.dollar_idents && c == '$') {
                self.pos += c.len_utf8();
                self.ident_rest();
                self.push(Kind::Ident, start, self.pos);
                continue;
            }
            if syntax.ruby_like
                && c == ':'
                && self.peek_at(1).is_some_and(is_ident_start)
                && !self
                    .prev_char()
                    .is_some_and(|p| is_ident_char(p) || p == ':')
            {
                self.pos += 1;
                self.ident_rest();
                self.push(Kind::Symbol, start, self.pos);
                continue;
            }
            if syntax.dash_operators
                && c == '-'
                && self.peek_at(1).is_some_and(|c| c.is_ascii_alphabetic())
                && !self.prev_char().is_some_and(is_ident_char)
            {
                self.pos += 1;
                while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                    self.pos += 1;
                }
                let text = &self.line[start..self.pos];
                let op = match text {
                    "-eq" => "==",
                    "-ne" => "!=",
                    _ => "-flag",
                };
                self.push(Kind::Punct(op), start, self.pos);
                continue;
            }
            // Punctuation.
            let rest = self.rest();
            let punct = PUNCTS.iter().find(|p| rest.starts_with(**p)).copied();
            match punct {
                Some(p) => {
                    self.pos += p.len();
                    self.push(Kind::Punct(p), start, self.pos);
                }
                None => {
                    self.pos += c.len_utf8();
                    self.push(Kind::Punct(single(c)), start, self.pos);
                }
            }
        }
        None
    }

    fn comment_may_start(&self, marker: &str) -> bool {
        if marker == "#" {
            if self.syntax.hash_needs_word_start
                && self.prev_char().is_some_and(|p| !p.is_whitespace())
            {
                return false;
            }
            // PHP and Rust-like attributes: `#[…]`.
            if self.syntax.line_comments.contains(&"//") && self.starts_with("#[") {
                return false;
            }
        }
        true
    }

    fn ident_rest(&mut self) {
        while let Some(c) = self.peek() {
            if is_ident_char(c) || (self.syntax.dollar_idents && c == '$') {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        if self.syntax.ruby_like
            && let Some(c @ ('!' | '?')) = self.peek()
            && self.peek_at(1) != Some('=')
        {
            self.pos += c.len_utf8();
        }
    }

    fn number(&mut self) {
        let start = self.pos;
        let mut value: u32 = 0;
        let mut integer = true;
        if self.starts_with("0x") || self.starts_with("0X") || self.starts_with("0b") {
            integer = false;
            self.pos += 2;
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                if integer {
                    value = value
                        .saturating_mul(10)
                        .saturating_add(c as u32 - '0' as u32);
                }
                self.pos += 1;
            } else if c == '_' || (!integer && c.is_ascii_hexdigit()) {
                self.pos += 1;
            } else {
                break;
            }
        }
        // A fraction or exponent makes it a float; `1..5` is a range, not a fraction.
        if self.peek() == Some('.') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            integer = false;
            self.pos += 1;
            while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '_') {
                self.pos += 1;
            }
        }
        // Suffixes: `404u16`, `404L`, `1e3`, `500ms` (a duration: not a plain number).
        let suffix_start = self.pos;
        while self.peek().is_some_and(is_ident_char) {
            self.pos += self.peek().map_or(1, char::len_utf8);
        }
        let suffix = &self.line[suffix_start..self.pos];
        if !suffix.is_empty() && !is_integer_suffix(suffix) {
            integer = false;
        }
        let kind = if integer {
            Kind::Int(value)
        } else {
            Kind::OtherNumber
        };
        self.push(kind, start, self.pos);
    }

    /// Handles a string opening at `c`, if one does. `Some(Some(mode))`: the string runs past
    /// the line; `Some(None)`: a string token was pushed; `None`: no string starts here.
    fn string_start(&mut self, c: char) -> Option<Option<Mode>> {
        let syntax = self.syntax;
        let start = self.pos;
        if syntax.rust_strings {
            let rest = self.rest();
            let after_prefix = rest.strip_prefix('b').unwrap_or(rest);
            if let Some(raw) = after_prefix.strip_prefix('r') {
                let hashes = raw.bytes().take_while(|&b| b == b'#').count();
                if raw.as_bytes().get(hashes) == Some(&b'"')
                    && !self.prev_char().is_some_and(is_ident_char)
                {
                    self.pos += (rest.len() - after_prefix.len()) + 1 + hashes + 1;
                    let kind = LongString::Rust {
                        raw: true,
                        hashes: hashes.min(255) as u8,
                    };
                    return Some(self.finish_long(kind, start));
                }
            }
            if c == '"' {
                self.pos += 1;
                let kind = LongString::Rust {
                    raw: false,
                    hashes: 0,
                };
                return Some(self.finish_long(kind, start));
            }
            if c == '\'' {
                // A char literal closes within a few characters; otherwise it is a lifetime.
                let rest = &self.rest()[1..];
                let close = if rest.starts_with('\\') {
                    rest.char_indices().skip(2).find(|(_, c)| *c == '\'')
                } else {
                    rest.char_indices().nth(1).filter(|(_, c)| *c == '\'')
                };
                match close {
                    Some((i, _)) if i <= 10 => {
                        self.pos += 1 + i + 1;
                        self.push(
                            Kind::Str {
                                content: (start as u32 + 1, (start + 1 + i) as u32),
                            },
                            start,
                            self.pos,
                        );
                    }
                    _ => {
                        self.pos += 1;
                        self.push(Kind::Punct("'"), start, self.pos);
                    }
                }
                return Some(None);
            }
        }
        if syntax.verbatim && self.starts_with("@\"") {
            self.pos += 2;
            return Some(self.finish_long(LongString::Verbatim, start));
        }
        if syntax.lua_long && c == '[' {
            if let Some(level) = long_bracket_level(self.rest()) {
                self.pos += level as usize + 2;
                return Some(self.finish_long(LongString::LuaLong(level), start));
            }
        }
        if syntax.triple_quotes && (self.starts_with("\"\"\"") || self.starts_with("'''")) {
            let quote = c as u8;
            if quote == b'"' || syntax.single_quote_strings {
                self.pos += 3;
                return Some(self.finish_long(LongString::Triple(quote), start));
            }
        }
        if syntax.backtick_template && c == '`' {
            self.pos += 1;
            return Some(self.finish_long(LongString::Backtick, start));
        }
        if syntax.go_raw && c == '`' {
            self.pos += 1;
            return Some(self.finish_long(LongString::GoRaw, start));
        }
        if c == '"' || (c == '\'' && syntax.single_quote_strings) {
            // A plain string ends at its quote or at the end of the line.
            self.pos += 1;
            let content_start = self.pos;
            let escapes = !(c == '\'' && syntax.dash_operators);
            let mut content_end = self.bytes.len();
            while let Some(ch) = self.peek() {
                if ch == '\\' && escapes {
                    self.pos += 1;
                    if let Some(next) = self.peek() {
                        self.pos += next.len_utf8();
                    }
                    continue;
                }
                self.pos += ch.len_utf8();
                if ch == c {
                    content_end = self.pos - 1;
                    break;
                }
            }
            self.push(
                Kind::Str {
                    content: (content_start as u32, content_end as u32),
                },
                start,
                self.pos,
            );
            return Some(None);
        }
        None
    }

    /// After the opening of a long string at `start`: pushes its token if it closes on this
    /// line (returning `None`), else consumes the line and returns the open mode.
    fn finish_long(&mut self, kind: LongString, start: usize) -> Option<Mode> {
        let content_start = self.pos;
        match self.long_string(kind) {
            Some(content_end) => {
                self.push(
                    Kind::Str {
                        content: (content_start as u32, content_end as u32),
                    },
                    start,
                    self.pos,
                );
                None
            }
            None => Some(Mode::Str(kind)),
        }
    }

    /// Scans the body of a long string from the current position. Returns the end of its
    /// content (before the closing delimiter, which is consumed) if it closes on this line.
    fn long_string(&mut self, kind: LongString) -> Option<usize> {
        while let Some(c) = self.peek() {
            let here = self.pos;
            match kind {
                LongString::Triple(q) => {
                    if c == '\\' {
                        self.pos += 1;
                        self.skip_char();
                        continue;
                    }
                    let close = if q == b'"' { "\"\"\"" } else { "'''" };
                    if self.starts_with(close) {
                        self.pos += 3;
                        return Some(here);
                    }
                }
                LongString::Backtick | LongString::GoRaw => {
                    if c == '\\' && kind == LongString::Backtick {
                        self.pos += 1;
                        self.skip_char();
                        continue;
                    }
                    if c == '`' {
                        self.pos += 1;
                        return Some(here);
                    }
                }
                LongString::Rust { raw, hashes } => {
                    if c == '\\' && !raw {
                        self.pos += 1;
                        self.skip_char();
                        continue;
                    }
                    if c == '"' {
                        let rest = &self.rest()[1..];
                        let closing = rest.bytes().take_while(|&b| b == b'#').count();
                        if closing >= hashes as usize {
                            self.pos += 1 + hashes as usize;
                            return Some(here);
                        }
                    }
                }
                LongString::Verbatim => {
                    if self.starts_with("\"\"") {
                        self.pos += 2;
                        continue;
                    }
                    if c == '"' {
                        self.pos += 1;
                        return Some(here);
                    }
                }
                LongString::LuaLong(level) => {
                    if c == ']' && closes_long_bracket(self.rest(), level) {
                        self.pos += level as usize + 2;
                        return Some(here);
                    }
                }
            }
            self.skip_char();
        }
        None
    }

    fn skip_char(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    /// Scans a block comment body: `Ok(mode after it)` if it closes on this line, else
    /// `Err(depth)` at the end of the line.
    fn block_comment(&mut self, depth: u8) -> Result<Mode, u8> {
        let syntax = self.syntax;
        if syntax.begin_end_comments {
            let closes = self.pos == 0 && self.starts_with("=end");
            self.pos = self.bytes.len();
            return if closes { Ok(Mode::Code) } else { Err(depth) };
        }
        if syntax.lua_long {
            // depth - 1 is the long bracket's level.
            let level = depth.saturating_sub(1);
            while let Some(c) = self.peek() {
                if c == ']' && closes_long_bracket(self.rest(), level) {
                    self.pos += level as usize + 2;
                    return Ok(Mode::Code);
                }
                self.skip_char();
            }
            return Err(depth);
        }
        let Some((open, close)) = syntax.block_comment else {
            self.pos = self.bytes.len();
            return Ok(Mode::Code);
        };
        let mut depth = depth;
        while self.peek().is_some() {
            if self.starts_with(close) {
                self.pos += close.len();
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Ok(Mode::Code);
                }
                continue;
            }
            if syntax.nested_comments && self.starts_with(open) {
                self.pos += open.len();
                depth = depth.saturating_add(1);
                continue;
            }
            self.skip_char();
        }
        self.pos = self.bytes.len();
        Err(depth.max(1))
    }
}

fn single(c: char) -> &'static str {
    match c {
        '(' => "(",
        ')' => ")",
        '[' => "[",
        ']' => "]",
        '{' => "{",
        '}' => "}",
        ',' => ",",
        ';' => ";",
        ':' => ":",
        '.' => ".",
        '=' => "=",
        '<' => "<",
        '>' => ">",
        '!' => "!",
        '?' => "?",
        '+' => "+",
        '-' => "-",
        '*' => "*",
        '/' => "/",
        '%' => "%",
        '&' => "&",
        '|' => "|",
        '^' => "^",
        '~' => "~",
        '@' => "@",
        '#' => "#",
        '\\' => "\\",
        '\'' => "'",
        '"' => "\"",
        '`' => "`",
        '$' => "$",
        _ => "?other",
    }
}

fn is_integer_suffix(suffix: &str) -> bool {
    matches!(
        suffix,
        "u8" | "u16"
            | "u32"
            | "u64"
            | "usize"
            | "i16"
            | "i32"
            | "i64"
            | "isize"
            | "L"
            | "l"
            | "u"
            | "U"
            | "ul"
            | "UL"
            | "LL"
            | "n"
    )
}

/// `[[` or `[==[`: the number of `=` signs.
fn long_bracket_level(s: &str) -> Option<u8> {
    let rest = s.strip_prefix('[')?;
    let level = rest.bytes().take_while(|&b| b == b'=').count();
    (rest.as_bytes().get(level) == Some(&b'[')).then(|| level.min(250) as u8)
}

fn closes_long_bracket(s: &str, level: u8) -> bool {
    let Some(rest) = s.strip_prefix(']') else {
        return false;
    };
    let level = level as usize;
    rest.len() > level
        && rest.as_bytes()[..level].iter().all(|&b| b == b'=')
        && rest.as_bytes()[level] == b']'
}
