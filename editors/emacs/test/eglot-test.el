;;; eglot-test.el --- batch test: eglot attaches to http-status-lsp and gets diagnostics -*- lexical-binding: t -*-

;; Run: HTTP_STATUS_LSP=target/release/http-status-lsp emacs --batch -l editors/emacs/test/eglot-test.el
;; Uses the configuration editors/README.md gives for eglot: an `eglot-server-programs' entry
;; with an explicit :language-id and settings in `eglot-workspace-configuration'.
;; Works with Emacs 28 + Debian's elpa-eglot (1.9) and with Emacs 29+'s built-in eglot.
;; Every wait is bounded; the exit status is 0 only when every check passed.

(require 'eglot)
(require 'flymake)
(require 'python)
(require 'cl-lib)

(defvar hs-test-passed 0)
(defvar hs-test-failed 0)

(defun hs-test-log (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n") #'external-debugging-output))

(defmacro hs-test-check (name &rest body)
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (setq hs-test-passed (1+ hs-test-passed))
              (hs-test-log "ok - %s" ,name))
     (error (setq hs-test-failed (1+ hs-test-failed))
            (hs-test-log "not ok - %s\n  %s" ,name (error-message-string err)))))

(defun hs-test-wait (what seconds predicate)
  "Wait up to SECONDS for PREDICATE to return non-nil; return its value or signal an error."
  (let ((deadline (+ (float-time) seconds))
        value)
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or value (error "Timed out after %ss waiting for %s" seconds what))))

(defun hs-test-finish ()
  (hs-test-log "emacs %s, %s: %d passed, %d failed"
               emacs-version (locate-library "eglot") hs-test-passed hs-test-failed)
  (kill-emacs (if (and (> hs-test-passed 0) (= hs-test-failed 0)) 0 1)))

(let* ((server (or (getenv "HTTP_STATUS_LSP") (error "Set HTTP_STATUS_LSP to the server binary")))
       (root (file-name-as-directory (make-temp-file "hs-eglot-" t)))
       (file (expand-file-name "views.py" root))
       (eglot-sync-connect 10)
       (eglot-connect-timeout 20)
       (eglot-autoreconnect nil)
       ;; The README's configuration.
       (eglot-server-programs
        `((((python-mode :language-id "python") (python-ts-mode :language-id "python"))
           . (,server "--stdio"))))
       (server-object nil))
  (setq-default eglot-workspace-configuration
                '(:httpStatus (:rules (:reserved-status "error"))))
  (with-temp-file (expand-file-name ".http-status.toml" root)
    (insert "# project root\n"))
  (with-temp-file file
    (insert "from flask import abort\n"
            "import time\n\n"
            "def teapot():\n    abort(418)\n\n"
            "def missing():\n    abort(404)\n\n"
            "def slow():\n    time.sleep(500)\n"))
  (unwind-protect
      (progn
        (find-file file)
        (hs-test-check "eglot connects and manages the Python buffer"
          (unless (eq major-mode 'python-mode) (error "major mode is %s" major-mode))
          ;; eglot-ensure waits for a command loop that batch mode never runs; connect as it would.
          (apply #'eglot (eglot--guess-contact))
          (setq server-object
                (hs-test-wait "the server to be managing the buffer" 20
                              (lambda () (and (bound-and-true-p eglot--managed-mode) (eglot-current-server)))))
          (let ((info (eglot--server-info server-object)))
            (unless (equal (plist-get info :name) "http-status-lsp")
              (error "serverInfo is %S" info))))
        (when server-object
          (hs-test-check "flymake shows 418 as reserved, at the severity the settings ask for"
            (flymake-start)
            (let ((diag (hs-test-wait "a flymake diagnostic for 418" 15
                                      (lambda ()
                                        (cl-find-if (lambda (d) (string-match-p "418 is reserved" (flymake-diagnostic-text d)))
                                                    (flymake-diagnostics))))))
              (unless (eq (flymake-diagnostic-type diag) 'eglot-error)
                (error "type is %s, want eglot-error (settings: reserved-status = error)"
                       (flymake-diagnostic-type diag)))
              (save-excursion
                (goto-char (flymake-diagnostic-beg diag))
                (unless (looking-at "418") (error "diagnostic starts at %S" (buffer-substring (point) (line-end-position)))))))
          (hs-test-check "hover on 404 is the server's markdown"
            (goto-char (point-min))
            (search-forward "abort(404")
            (backward-char 2)
            (let* ((hover (jsonrpc-request server-object :textDocument/hover (eglot--TextDocumentPositionParams)))
                   (value (plist-get (plist-get hover :contents) :value)))
              (unless (and (stringp value) (string-prefix-p "### 404 Not Found" value))
                (error "hover is %S" hover))))
          (hs-test-check "eglot shuts the server down"
            (eglot-shutdown server-object)
            (hs-test-wait "the server process to exit" 10
                          (lambda () (not (process-live-p (jsonrpc--process server-object))))))))
    (ignore-errors (delete-directory root t))
    (hs-test-finish)))
;;; eglot-test.el ends here
