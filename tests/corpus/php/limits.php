<?php
// config/limits.php: knobs for uploads, queues and the theme. Numbers here are sizes,
// durations and counts; none of them is an HTTP status.

return [
    'uploads' => [
        'max_kb' => 10240,
        'max_files' => 100,
        'image_sizes' => ['thumb' => [150, 150], 'card' => [300, 200], 'hero' => [1200, 600]],
        'jpeg_quality' => 85,
    ],
    'queue' => [
        'retry_after' => 900,
        'timeout' => 600,
        'tries' => 3,
        'backoff' => [100, 250, 500],
        'batch' => 500,
    ],
    'cache' => [
        'ttl' => 300,
        'lock_seconds' => 120,
        'max_keys' => 999,
    ],
    'pagination' => [
        'default' => 25,
        'max' => 100,
    ],
    'mail' => [
        'port' => 587,
        'timeout' => 30,
        // SMTP replies the bounce handler understands; not HTTP.
        'smtp_codes' => ['accepted' => 250, 'no_mailbox' => 550, 'rejected' => 554, 'greylisted' => 451],
    ],
    'theme' => [
        'text' => '#333',
        'muted' => '#777',
        'gray-500' => '#6b7280',
        'font_weight_body' => 400,
        'font_weight_bold' => 700,
        'radius' => 8,
        'content_width' => 720,
    ],
    'legal' => [
        'copyright' => '2015-2024',
        'terms_version' => '4.201',
        'notice' => 'Accounts idle for 365 days are removed; at most 500 posts per day.',
    ],
    'rate_limits' => ['api' => '300,1', 'login' => '10,1', 'export' => '2,60'],
];
