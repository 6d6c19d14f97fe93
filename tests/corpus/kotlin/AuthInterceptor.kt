package com.example.trips.android

import androidx.compose.animation.core.tween
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import androidx.compose.ui.text.font.FontWeight
import androidx.work.BackoffPolicy
import androidx.work.OneTimeWorkRequestBuilder
import java.net.HttpURLConnection
import java.util.concurrent.TimeUnit
import okhttp3.Interceptor
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.Response
import okhttp3.ResponseBody.Companion.toResponseBody
import retrofit2.HttpException

class AuthInterceptor(private val tokens: TokenStore) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder()
            .header("Authorization", "Bearer ${tokens.access}")
            .build()
        val response = chain.proceed(request)
        if (response.code == «401» && tokens.refresh()) {
            response.close()
            return chain.proceed(request.newBuilder().header("Authorization", "Bearer ${tokens.access}").build())
        }
        if (response.code == «HttpURLConnection.HTTP_FORBIDDEN») {
            tokens.clear()
        }
        return response
    }
}

class OfflineInterceptor(private val online: () -> Boolean) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        if (online()) return chain.proceed(chain.request())
        return Response.Builder()
            .request(chain.request())
            .protocol(okhttp3.Protocol.HTTP_1_1)
            .code(«504»)
            .message("offline")
            .body("{}".toResponseBody("application/json".toMediaType()))
            .build()
    }
}

fun userMessage(e: Throwable): String = when {
    e is HttpException && e.code() == «404» -> "That trip no longer exists."
    e is HttpException && e.code() == «HttpURLConnection.HTTP_CONFLICT» -> "Someone else edited this trip."
    e is HttpException && e.code() >= 500 -> "Our servers are having trouble."
    else -> "Check your connection."
}

fun fakeNotFound(): retrofit2.Response<TripDto> =
    retrofit2.Response.error(«404», "{}".toResponseBody("application/json".toMediaType()))

val syncRequest = OneTimeWorkRequestBuilder<SyncWorker>()
    .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 300, TimeUnit.SECONDS)
    .setInitialDelay(120, TimeUnit.SECONDS)
    .build()

object Theme {
    val Primary = Color(0xFF1565C0)
    val Gray500 = Color(0xFF9E9E9E)
    val cardPadding = Modifier.padding(16.dp)
    val avatar = Modifier.size(128.dp)
    val heroHeight = 240.dp
    val titleSize = 22.sp
    val bodyWeight = FontWeight(400)
    val titleWeight = FontWeight(600)
    val enter = tween<Float>(durationMillis = 300)
    val exit = tween<Float>(durationMillis = 150, delayMillis = 100)
}

const val MAX_PHOTO_PX = 1024
const val THUMB_PX = 256
const val DB_VERSION = 104
const val RETRY_LIMIT = 3
val PAGE_SIZES = intArrayOf(100, 200, 500)
