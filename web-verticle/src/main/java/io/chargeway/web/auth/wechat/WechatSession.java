package io.chargeway.web.auth.wechat;

/**
 * The outcome of {@code jscode2session}: who the WeChat user is for this mini-program.
 *
 * @param openId     the user's id within the mini-program
 * @param unionId    the user's id across the operator's apps, or null when not bound
 * @param sessionKey the session key (kept only to decrypt user data; never sent to the client)
 */
public record WechatSession(String openId, String unionId, String sessionKey) {
}
